import { describe, expect, it } from 'vitest';
import { consoleApi } from '@/lib/api/routes';
import { ServerSchema } from '@/lib/scp';
import { parseListState } from '../core/list-state';
import { serverColumns, serverFilters, serverResource } from './resource';

const item = ServerSchema.parse({
  id: 'ae1dbb36-5c9b-403b-a346-470375ee3d3c', name: 'acme-web-01', status: 'running', project_id: 'a'.repeat(32), project_name: 'acme',
  cores: 4, sockets: 2, memory_mb: 4096, az_id: '16a0966b-5c42-4c73-91f5-1d03cead4723', az_name: '广州-资源池1', power_state: 'on',
  disks: [{ id: 'ide0', size_mb: 40960 }, { id: 'ide1', size_mb: 10240 }], networks: [{ vif_id: 'net0', ip_address: '10.10.1.2', vpc_name: 'VPC网络' }],
  floatingip: { floating_ip_address: '203.0.113.9' },
});

describe('the server declaration', () => {
  it('declares the SCP operations behind every /api/servers route', () => {
    const declared = new Set(Object.values(serverResource.scp!.operations));
    const routes = Object.entries(consoleApi).filter(([key]) => key.includes(' /api/servers'));
    expect(routes.length).toBeGreaterThan(15);
    for (const [key, entry] of routes) expect(declared.has(entry as never), key).toBe(true);
  });

  it('turns a list item into cells: a link to its page, its status, CPU, memory, addresses', () => {
    const cells = Object.fromEntries(serverColumns.map((c) => [c.id, c.cell(item)]));
    expect(cells.name).toEqual({ kind: 'link', text: 'acme-web-01', href: '/servers/ae1dbb36-5c9b-403b-a346-470375ee3d3c' });
    expect(cells.status).toEqual({ kind: 'status', status: 'running' });
    expect(cells.power_state).toEqual({ kind: 'message', key: 'servers.power.on' });
    expect(cells.cpu).toEqual({ kind: 'message', key: 'servers.cell.cpu', values: { cores: 4, sockets: 2 } });
    expect(cells.storage).toEqual({ kind: 'sizeMb', mb: 51200 });
    expect(cells.ips).toEqual({ kind: 'lines', lines: ['10.10.1.2'], mono: true });
    expect(cells.floating_ip).toMatchObject({ text: '203.0.113.9' });
    expect(serverColumns.filter((c) => c.required).map((c) => c.id)).toEqual(['name']);
  });

  it('sorts only by fields SCP sorts servers by', () => {
    const scpSortable = ['name', 'status', 'power_state', 'cores', 'sockets', 'memory_mb', 'created_at', 'az_id', 'project_id', 'host_id', 'image_id', 'os_type', 'id'];
    for (const column of serverColumns) if (column.sort) expect(scpSortable, column.id).toContain(column.sort);
  });

  it('accepts from a URL only filter values the console API accepts', () => {
    const spec = { pageSizes: [20], sortable: [], filters: serverFilters };
    const state = parseListState(new URLSearchParams({
      status: 'deleted', power_state: 'off', az_id: '16a0966b-5c42-4c73-91f5-1d03cead4723', project_id: 'nope', vpc_id: 'x', name: 'web',
    }), spec);
    expect(state.filters).toEqual({ status: 'deleted', power_state: 'off', az_id: '16a0966b-5c42-4c73-91f5-1d03cead4723', name: 'web' });
    const statusQuery = (serverResource.scp!.operations.list.query as unknown as { shape: Record<string, { safeParse(v: string): { success: boolean } }> }).shape.status;
    for (const option of serverFilters.find((f) => f.param === 'status')!.options!) expect(statusQuery.safeParse(option.value).success, option.value).toBe(true);
  });

  it('offers the tenant filter to admins only', () => {
    expect(serverFilters.find((f) => f.param === 'project_id')!.roles).toEqual(['admin']);
  });
});
