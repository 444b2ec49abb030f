import { describe, expect, it } from 'vitest';
import { allOperations, operations, pathParams, scpListPage, ServerBatchActionSchema, RemoteConsoleRequestSchema, ServerSchema } from '.';

describe('the operation registry', () => {
  const entries = allOperations();

  it('has unique names that match their group', () => {
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [group, ops] of Object.entries(operations)) {
      for (const [key, op] of Object.entries(ops)) expect(op.name, `${group}.${key}`).toBe(`${group}.${key}`);
    }
  });

  it('builds janus paths from the version', () => {
    expect(operations.servers.start.path).toBe('/janus/20180725/servers/{server_id}/start');
    expect(operations.snapshots.list.path).toBe('/janus/20190725/servers/{server_id}/snapshots');
    expect(operations.publicKey.get.path).toBe('/janus/public-key');
    for (const e of entries) expect(e.path, e.name).toMatch(/^\/janus\/(\d{8}\/)?[a-z]/);
  });

  it('gives every operation the browser may call at least one role, and reads no body on GETs', () => {
    for (const e of entries) {
      if (e.name !== 'publicKey.get') expect(e.roles.length, e.name).toBeGreaterThan(0);
      if (e.method === 'GET') expect(e.body, e.name).toBeUndefined();
    }
  });

  it('marks operations that answer a task id', () => {
    expect(operations.servers.start.task).toBe(true);
    expect(operations.servers.list.task).toBe(false);
    expect(operations.servers.batchAction.task).toBe(false);
  });

  it('lists every path parameter once', () => {
    expect(pathParams(operations.snapshots.recover.path)).toEqual(['server_id', 'snapshot_id']);
  });
});

describe('schemas', () => {
  it('accept an SCP list page, a bare list and a numeric next_page_num', () => {
    const page = scpListPage(ServerSchema.pick({ id: true }));
    expect(page.parse({ total_size: 3, page_num: 0, page_size: 1, next_page_num: 1, data: [{ id: 'a' }] })).toMatchObject({ next_page_num: '1' });
    expect(page.parse([{ id: 'a' }, { id: 'b' }])).toMatchObject({ total_size: 2, next_page_num: '' });
  });

  it('keep unknown fields of SCP objects', () => {
    const item = { id: 'x', name: 'n', status: 'running', project_id: 'p', cores: 1, memory_mb: 1024, brand_new_field: 7 };
    expect(ServerSchema.parse(item)).toMatchObject({ brand_new_field: 7, disks: [], networks: [] });
  });

  it('turn the console\'s batch action into SCP\'s body', () => {
    expect(ServerBatchActionSchema.parse({ server_ids: ['3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13'], action: 'soft_delete' }))
      .toEqual({ server_ids: ['3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13'], server_action: { soft_del_servers_action: '' } });
  });

  it('supply the remote console\'s fixed body', () => {
    expect(RemoteConsoleRequestSchema.parse(undefined)).toEqual({ remote_console: { protocol: 'vnc', type: 'novnc' } });
  });
});
