import { describe, expect, it } from 'vitest';
import type { FloatingIp } from '@/lib/scp';
import { allocateBody, allocateFields, allocateInitial, checkAllocate } from './allocate';
import { consoleApi } from '@/lib/api/routes';
import { floatingIpColumns, floatingIpFilters, floatingIpResource, nameFloatingIps, type FloatingIpRow } from './resource';
import type { CachedRead, ListContext } from '../core/types';

const bound: FloatingIp = {
  id: 'f1', project_id: 'p1', floating_ip: '203.0.113.9', bandwidth: { qos_uplink: 20480, qos_downlink: 20480 },
  binding_info: { status: 'active', bind_type: 'vm', bind_id: 'binding-1', device_name: 'web-1', ip_address: '10.10.1.5', vpc_id: 'vpc-11111111', az_id: 'az1' },
};
const cell = (id: string, f: FloatingIpRow) => floatingIpColumns.find((c) => c.id === id)!.cell(f);

describe('floating-IP list', () => {
  it('declares the SCP operations behind every floating-IP, line-type and pool route', () => {
    const declared = new Set(Object.values(floatingIpResource.scp!.operations));
    const routes = Object.entries(consoleApi).filter(([key]) => /\/api\/(floatingip|linetypes)/.test(key));
    expect(routes.length).toBe(9);
    for (const [key, entry] of routes) expect(declared.has(entry as never), key).toBe(true);
  });

  it('shows the bound server as a link to the server list searched by its name, its NIC address, and Mbps', () => {
    expect(cell('boundTo', bound)).toEqual({ kind: 'link', text: 'web-1', href: '/servers?name=web-1' });
    // bind_id is the binding record, never a server id to link to; without a device name the NIC address shows.
    expect(cell('boundTo', { ...bound, binding_info: { ...bound.binding_info, device_name: '' } })).toEqual({ kind: 'text', text: '10.10.1.5' });
    expect(cell('nicIp', bound)).toMatchObject({ text: '10.10.1.5' });
    expect(cell('bandwidth', bound)).toEqual({ kind: 'message', key: 'floatingIps.cell.bandwidth', values: { mbps: 20 } });
    expect(cell('status', { ...bound, binding_info: null })).toEqual({ kind: 'status', status: 'unbound' });
    expect(cell('boundTo', { ...bound, binding_info: null })).toEqual({ kind: 'text', text: null });
  });

  it('sorts only by what SCP sorts, hides the id, and filters by what the list accepts', () => {
    expect(floatingIpColumns.filter((c) => c.sort).map((c) => c.sort)).toEqual(['floating_ip', 'project_id', 'floatingip_pool_id']);
    expect(floatingIpColumns.find((c) => c.id === 'id')?.hiddenByDefault).toBe(true);
    expect(floatingIpFilters.map((f) => f.param)).toEqual(['keywords', 'bind_type', 'bind_az_id', 'bind_vpc_id', 'project_id']);
    expect(floatingIpFilters.find((f) => f.param === 'project_id')?.roles).toEqual(['admin']);
    expect(floatingIpColumns.find((c) => c.id === 'project')?.roles).toEqual(['admin']);
    expect(floatingIpFilters.find((f) => f.param === 'bind_type')?.accepts?.('router')).toBe(false);
  });

  it('names tenants, AZs and VPCs from the shared lookups, and keeps the ids when a lookup fails', async () => {
    const names: Record<string, { id: string; name: string }[]> = { azs: [{ id: 'az1', name: '深圳-资源池1' }], projects: [{ id: 'p1', name: 'acme' }] };
    const asked: unknown[] = [];
    const read = (async (options: { queryKey: readonly unknown[] }) => {
      asked.push(options.queryKey);
      const list = names[String(options.queryKey[0])];
      if (!list) throw new Error('down');
      return { items: list };
    }) as unknown as CachedRead;
    const page = await nameFloatingIps({ items: [bound], total: 1, page: 1, pageSize: 20 }, { read, session: { role: 'tenant' } as ListContext['session'] });
    expect(page.items[0]).toMatchObject({ project_name: 'acme', az_name: '深圳-资源池1', vpc_name: undefined, line_type_name: undefined });
    expect(cell('vpc', page.items[0])).toMatchObject({ text: 'vpc-11111111' });
    // Tenants cannot read pools, so they are not asked for.
    expect(asked.some((key) => JSON.stringify(key).includes('pools'))).toBe(false);
  });

  it('names the pool and its line type for platform admins', async () => {
    const read = (async (options: { queryKey: readonly unknown[] }) => {
      const key = JSON.stringify(options.queryKey);
      if (key.includes('pools')) return { items: [{ id: 'pool1', name: '公网IP池', line_type_id: 'lt1' }] };
      if (key.includes('linetypes')) return { linetypes: [{ id: 'lt1', name: '移动线路' }] };
      return { items: [] };
    }) as unknown as CachedRead;
    const page = await nameFloatingIps({ items: [{ ...bound, floatingip_pool_id: 'pool1' }], total: 1, page: 1, pageSize: 20 }, { read, session: { role: 'admin' } as ListContext['session'] });
    expect(page.items[0]).toMatchObject({ pool_name: '公网IP池', line_type_name: '移动线路' });
    expect(cell('lineType', page.items[0])).toMatchObject({ text: '移动线路' });
    expect(floatingIpColumns.find((c) => c.id === 'lineType')?.roles).toEqual(['admin']);
  });
});

describe('allocating a floating IP', () => {
  const admin = { username: 'admin', role: 'admin' as const, projectId: '', projectName: '' };
  const tenant = { username: 'acme', role: 'tenant' as const, projectId: 'a'.repeat(32), projectName: 'acme' };

  it('admins choose the tenant; tenants allocate for their own', () => {
    expect(allocateFields(admin).map((f) => f.name)).toEqual(['project_id', 'az_id', 'line_type', 'mbps']);
    expect(allocateFields(tenant).map((f) => f.name)).toEqual(['az_id', 'line_type', 'mbps']);
    expect(allocateInitial(tenant).project_id).toBe('a'.repeat(32));
    // An admin's AZ choices are the chosen tenant's, so none before a tenant is chosen.
    expect(allocateFields(admin)[1].choices?.({ project_id: '' })).toBeNull();
    expect(allocateFields(admin)[0].clears).toEqual(['az_id', 'line_type']);
  });

  it('needs an AZ, a line type and a bandwidth, and sends symmetric kbps', () => {
    const values = { ...allocateInitial(tenant), az_id: 'az1', line_type: 'lt1', mbps: '5' };
    expect(checkAllocate({ ...values, line_type: '' })).toMatchObject({ line_type: { key: 'forms.error.required' } });
    expect(checkAllocate({ ...values, mbps: '99999' })).toMatchObject({ mbps: { key: 'forms.error.range' } });
    expect(checkAllocate(values)).toEqual({});
    expect(allocateBody(values)).toEqual({ project_id: 'a'.repeat(32), az_ids: ['az1'], line_type: 'lt1', bandwidth: { qos_uplink: 5120, qos_downlink: 5120 } });
  });
});
