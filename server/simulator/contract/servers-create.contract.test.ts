import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createBody as makeBody, detail, LIST, serverFixtures, type ServerFixtures } from './servers-fixtures';

let h: Harness;
let fx: ServerFixtures;
const createBody = (over: Record<string, unknown> = {}) => makeBody(fx, over);

beforeAll(async () => {
  h = await startHarness();
  fx = await serverFixtures(h);
});
afterAll(() => h.close());

describe('create', () => {
  it('creates an aCloud server: 201 with task and uuids, creating → running', async () => {
    const res = await h.acme.request('POST', LIST, { body: createBody({ name: 'contract-acloud' }) });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data.uuids).toHaveLength(1);
    const id = res.data.uuids[0];
    expect((await detail(h.acme, id)).status).toBe('creating');
    const task = await h.acme.waitForTask(res.data.task_id);
    expect(task).toMatchObject({ status: 'finish', action: '创建云主机', object_id: id });
    const d = await detail(h.acme, id);
    expect(d).toMatchObject({ status: 'running', name: 'contract-acloud', cores: 2, memory_mb: 2048 });
    expect(d.disks[0]).toMatchObject({ id: 'ide0', type: 'derive_disk', size_mb: 40960 });
    expect(d.networks[0].ip_address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('enforces the derive_disk rule of aCloud images', async () => {
    const wrongSize = await h.acme.request('POST', LIST, { body: createBody({ disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 51200 }] }) });
    expect(wrongSize.status).toBe(400);
    expect(wrongSize.body?.message).toMatch(/derive_disk.*size_mb 40960/);
    const wrongType = await h.acme.request('POST', LIST, { body: createBody({ disks: [{ id: 'ide0', type: 'new_disk', size_mb: 40960 }] }) });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body?.message).toMatch(/derive_disk/);
  });

  it('creates an ISO server with a new_disk of any size, and stays stopped without power_on', async () => {
    const body = createBody({ image_id: fx.images['Debian 12 ISO'], disks: [{ id: 'ide0', type: 'new_disk', size_mb: 30000 }, { id: 'ide1', size_mb: 2048 }], power_on: 0 });
    const res = await h.acme.request('POST', LIST, { body });
    expect(res.status, res.body?.message).toBe(201);
    await h.acme.waitForTask(res.data.task_id);
    const d = await detail(h.acme, res.data.uuids[0]);
    expect(d.status).toBe('stopped');
    expect(d.disks.map((x: any) => [x.id, x.type, x.size_mb])).toEqual([['ide0', 'new_disk', 30000], ['ide1', 'new_disk', 2048]]);
    const derived = await h.acme.request('POST', LIST, { body: { ...body, disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 30000 }] } });
    expect(derived.status).toBe(400);
    expect(derived.body?.message).toMatch(/ISO image.*new_disk/);
  });

  it('binds a floating IP at create: creating while the server is built, then active', async () => {
    const fips = (await h.acme.request('GET', '/janus/20180725/floatingips')).data.data;
    const free = fips.find((f: any) => !f.binding_info);
    const res = await h.acme.request('POST', LIST, { body: createBody({ floatingip: { floatingip_id: free.id } }) });
    expect(res.status, res.body?.message).toBe(201);
    const id = res.data.uuids[0];
    const listed = async () => (await h.acme.request('GET', LIST, { query: { floatingip_id: free.id } })).data.data;
    expect((await listed())[0]).toMatchObject({ id, floatingip: { floatingip_id: free.id, floating_ip_address: free.floating_ip, bind_status: 'creating' } });
    await h.acme.waitForTask(res.data.task_id);
    expect((await listed())[0].floatingip.bind_status).toBe('active');
    expect((await detail(h.acme, id)).floatingip).toMatchObject({ floatingip_id: free.id, floatingip_ip: free.floating_ip });
    const again = await h.acme.request('POST', LIST, { body: createBody({ floatingip: { floatingip_id: free.id } }) });
    expect(again.status).toBe(400);
    expect(again.body?.message).toMatch(/already bound/);
  });

  it('validates the request and names what is wrong', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ cores: 1, sockets: 2 }, /cores.*sockets/],
      [{ disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 40960 }, { id: 'ide2', size_mb: 2048 }] }, /ide2/],
      [{ disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 40960 }, { id: 'ide1', size_mb: 1024 }] }, /size_mb/],
      [{ storage_tag_id: undefined }, /storage_tag_id or storage_id/],
      [{ az_id: 'no-such-az' }, /az_id no-such-az/],
      [{ image_id: 'no-such-image' }, /image_id no-such-image/],
      [{ count: 2, uuids: ['3f0e5ad4-1b0e-4b43-9b6e-0a7c4f1e2d3c'] }, /uuids.*count/],
      [{ count: 21 }, /count/],
      [{ name: 'x'.repeat(100) }, /name/],
      [{ password: 'not-hex' }, /password/],
    ];
    for (const [over, message] of cases) {
      const res = await h.acme.request('POST', LIST, { body: createBody(over) });
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body?.message).toMatch(message);
    }
  });

  it("refuses another tenant's subnet", async () => {
    const g = (await h.globex.request('GET', LIST)).data.data.find((x: any) => x.networks.length > 0);
    const res = await h.acme.request('POST', LIST, { body: createBody({ networks: [{ vif_id: 'net0', connect: 1, subnet_id: g.networks[0].subnet_id }] }) });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/subnet_id/);
  });

  it('refuses a request over quota, naming the quota, and creates nothing', async () => {
    const before = (await h.acme.request('GET', LIST)).data.total_size;
    const res = await h.acme.request('POST', LIST, { body: createBody({ cores: 64, sockets: 1, count: 3 }) });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/quota compute\/cores exceeded/);
    expect((await h.acme.request('GET', LIST)).data.total_size).toBe(before);
  });

  it('creates several servers behind one batch task', async () => {
    const res = await h.acme.request('POST', LIST, { body: createBody({ name: 'batch', count: 3, power_on: 0 }) });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data.uuids).toHaveLength(3);
    const task = await h.acme.waitForTask(res.data.task_id);
    expect(task.entities.sub_tasks_total).toBe(3);
    for (const id of res.data.uuids) expect((await detail(h.acme, id)).status).toBe('stopped');
  });
});
