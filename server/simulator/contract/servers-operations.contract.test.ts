import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createBody as makeBody, detail, LIST, newServer, serverFixtures, waitStatus, type ServerFixtures } from './servers-fixtures';
import { encryptWithModulus } from './test-client';

let h: Harness;
let fx: ServerFixtures;
const createBody = (over: Record<string, unknown> = {}) => makeBody(fx, over);
const runningServer = (over: Record<string, unknown> = {}) => newServer(h, fx, over);

beforeAll(async () => {
  h = await startHarness();
  fx = await serverFixtures(h);
});
afterAll(() => h.close());

describe('power actions', () => {
  it('stops, starts, reboots and suspends with transitional statuses and state rules', async () => {
    const s = await runningServer();
    const path = `${LIST}/${s.id}`;
    const start = await h.acme.request('POST', `${path}/start`);
    expect(start.status).toBe(400);
    expect(start.body?.message).toMatch(/status is running/);

    const stop = await h.acme.request('POST', `${path}/stop`, { body: { force: 0 } });
    expect(stop.status).toBe(201);
    expect((await detail(h.acme, s.id)).status).toBe('stopping');
    const busy = await h.acme.request('POST', `${path}/reboot`);
    expect(busy.status).toBe(400);
    expect(busy.body?.message).toMatch(/stopping/);
    await h.acme.waitForTask(stop.data.task_id);
    expect(await detail(h.acme, s.id)).toMatchObject({ status: 'stopped' });
    expect((await h.acme.request('POST', `${path}/reboot`)).status).toBe(400);

    const started = await h.acme.request('POST', `${path}/start`);
    expect((await detail(h.acme, s.id)).status).toBe('starting');
    await h.acme.waitForTask(started.data.task_id);
    const reboot = await h.acme.request('POST', `${path}/reboot`, { body: { force: 1 } });
    expect((await detail(h.acme, s.id)).status).toBe('resetting');
    await h.acme.waitForTask(reboot.data.task_id);
    const suspend = await h.acme.request('POST', `${path}/suspend`);
    expect((await detail(h.acme, s.id)).status).toBe('suspending');
    await h.acme.waitForTask(suspend.data.task_id);
    expect((await detail(h.acme, s.id)).status).toBe('suspend');
    await h.acme.waitForTask((await h.acme.request('POST', `${path}/start`)).data.task_id);
    expect((await detail(h.acme, s.id)).status).toBe('running');
  });

  it('stops three servers in one batch: 204 without a body, one batch task in the op log', async () => {
    const servers = await Promise.all([runningServer(), runningServer(), runningServer()]);
    const ids = servers.map((s) => s.id);
    const res = await h.acme.request('POST', `${LIST}/action`, { body: { server_ids: ids, server_action: { stop_servers_action: '' } } });
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    for (const id of ids) expect((await detail(h.acme, id)).status).toBe('stopping');
    for (const id of ids) await waitStatus(h.acme, id, 'stopped');
    const log = await h.acme.request('GET', '/janus/20180725/tasks', { query: { page_size: 10 } });
    expect(log.data.data.some((t: any) => t.action === '关闭云主机' && t.object_name === '3')).toBe(true);
  });

  it('refuses a batch without exactly one action, or with a server in the wrong state', async () => {
    const s = await runningServer();
    const two = await h.acme.request('POST', `${LIST}/action`, { body: { server_ids: [s.id], server_action: { start_servers_action: '', stop_servers_action: '' } } });
    expect(two.status).toBe(400);
    expect(two.body?.message).toMatch(/exactly one/);
    const none = await h.acme.request('POST', `${LIST}/action`, { body: { server_ids: [s.id], server_action: {} } });
    expect(none.status).toBe(400);
    const wrong = await h.acme.request('POST', `${LIST}/action`, { body: { server_ids: [s.id], server_action: { start_servers_action: '' } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body?.message).toMatch(/is running/);
  });
});

describe('edit', () => {
  it('resizes a stopped server, and refuses CPU changes while running without hot-plug', async () => {
    const s = await runningServer();
    const path = `${LIST}/${s.id}`;
    const refused = await h.acme.request('PUT', path, { body: { cores: 4, sockets: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.body?.message).toMatch(/hot-plug/);
    await h.acme.waitForTask((await h.acme.request('POST', `${path}/stop`)).data.task_id);
    const res = await h.acme.request('PUT', path, {
      body: {
        name: 'resized', cores: 4, sockets: 2, memory_mb: 4096,
        disks: [{ id: 'ide0', is_old_disk: 1, type: 'derive_disk', preallocate: 'off', size_mb: 51200 }, { id: 'ide1', type: 'new_disk', preallocate: 'off', size_mb: 10240 }],
      },
    });
    expect(res.status, res.body?.message).toBe(200);
    expect((await detail(h.acme, s.id)).status).toBe('updating');
    await h.acme.waitForTask(res.data.task_id);
    const d = await detail(h.acme, s.id);
    expect(d).toMatchObject({ status: 'stopped', name: 'resized', cores: 4, sockets: 2, memory_mb: 4096 });
    expect(d.disks.map((x: any) => x.size_mb)).toEqual([51200, 10240]);
    const shrink = await h.acme.request('PUT', path, { body: { disks: [{ id: 'ide0', is_old_disk: 1, type: 'derive_disk', preallocate: 'off', size_mb: 40960 }] } });
    expect(shrink.status).toBe(400);
    expect(shrink.body?.message).toMatch(/shrink/);
  });

  it('grows a running server with hot-plug on, but never shrinks it', async () => {
    const s = await runningServer({ advance_param: { cpu_hotplug: 1, mem_hotplug: 1 } });
    const path = `${LIST}/${s.id}`;
    const grow = await h.acme.request('PUT', path, { body: { cores: 4, memory_mb: 4096 } });
    expect(grow.status, grow.body?.message).toBe(200);
    await h.acme.waitForTask(grow.data.task_id);
    expect(await detail(h.acme, s.id)).toMatchObject({ status: 'running', cores: 4, memory_mb: 4096 });
    const shrink = await h.acme.request('PUT', path, { body: { memory_mb: 2048 } });
    expect(shrink.status).toBe(400);
    expect(shrink.body?.message).toMatch(/only add memory/);
  });

  it('moves a NIC to another address and frees the old one', async () => {
    const s = await runningServer();
    const old = s.networks[0].ip_address;
    const res = await h.acme.request('PUT', `${LIST}/${s.id}`, {
      body: { networks: [{ vif_id: 'net0', connect: 1, vpc_id: fx.net.vpc_id, subnet_id: fx.net.subnet_id, ip_info: { ip_address: nextFree(old) } }] },
    });
    expect(res.status, res.body?.message).toBe(200);
    await h.acme.waitForTask(res.data.task_id);
    expect((await detail(h.acme, s.id)).networks[0].ip_address).toBe(nextFree(old));
    const reuse = await h.acme.request('POST', LIST, { body: createBody({ networks: [{ vif_id: 'net0', connect: 1, subnet_id: fx.net.subnet_id, ip_info: { ip_address: old } }] }) });
    expect(reuse.status, reuse.body?.message).toBe(201);
  });

  it('removes a data disk left out of the list, names only removed disks in hard_delete_disks, and keeps the system disk', async () => {
    const s = await runningServer({ disks: [...createBody().disks as object[], { id: 'ide1', type: 'new_disk', preallocate: 'off', size_mb: 10240 }] });
    const path = `${LIST}/${s.id}`;
    const system = { id: 'ide0', is_old_disk: 1, type: s.disks[0].type, preallocate: 'off', size_mb: s.disks[0].size_mb };
    expect(s.disks.map((d: any) => d.id)).toEqual(['ide0', 'ide1']);
    const keptButNamed = await h.acme.request('PUT', path, { body: { disks: [system, { ...system, id: 'ide1', type: 'new_disk', size_mb: 10240 }], hard_delete_disks: ['ide1'] } });
    expect(keptButNamed.status).toBe(400);
    expect(keptButNamed.body?.message).toMatch(/hard_delete_disks: disk ide1 is kept/);
    const unknown = await h.acme.request('PUT', path, { body: { disks: [system], hard_delete_disks: ['ide9'] } });
    expect(unknown.body?.message).toMatch(/hard_delete_disks: the server has no disk ide9/);
    const noSystem = await h.acme.request('PUT', path, { body: { disks: [{ ...system, id: 'ide1', type: 'new_disk', size_mb: 10240 }] } });
    expect(noSystem.body?.message).toMatch(/system disk ide0 cannot be removed/);
    const res = await h.acme.request('PUT', path, { body: { disks: [system], hard_delete_disks: ['ide1'] } });
    expect(res.status, res.body?.message).toBe(200);
    await h.acme.waitForTask(res.data.task_id);
    expect((await detail(h.acme, s.id)).disks.map((d: any) => d.id)).toEqual(['ide0']);
  });

  it('removes a NIC left out of the list and releases its address', async () => {
    const s = await runningServer();
    const old = s.networks[0].ip_address;
    const res = await h.acme.request('PUT', `${LIST}/${s.id}`, { body: { networks: [] } });
    expect(res.status, res.body?.message).toBe(200);
    await h.acme.waitForTask(res.data.task_id);
    expect((await detail(h.acme, s.id)).networks).toEqual([]);
    const reuse = await h.acme.request('POST', LIST, { body: createBody({ networks: [{ vif_id: 'net0', connect: 1, subnet_id: fx.net.subnet_id, ip_info: { ip_address: old } }] }) });
    expect(reuse.status, reuse.body?.message).toBe(201);
  });
});

/** An address high in the subnet that the demo seed leaves free. */
function nextFree(ip: string): string {
  const parts = ip.split('.');
  return `${parts[0]}.${parts[1]}.${parts[2]}.250`;
}

describe('delete and the recycle bin', () => {
  it('soft-deletes to the recycle bin, which only admins restore from', async () => {
    const s = await runningServer();
    const del = await h.acme.request('DELETE', `${LIST}/${s.id}`, { body: { force: 0 } });
    // SCP documents 204 with a task_id body; HTTP drops a 204's body, so the simulator answers 200 (catalog §9.5).
    expect(del.status).toBe(200);
    expect((await detail(h.acme, s.id)).status).toBe('deleting');
    expect((await h.acme.waitForTask(del.data.task_id)).action).toBe('删除云主机');
    const listed = await h.acme.request('GET', LIST, { query: { page_size: 100 } });
    expect(listed.data.data.some((x: any) => x.id === s.id)).toBe(false);
    const bin = await h.acme.request('GET', LIST, { query: { status: 'deleted' } });
    expect(bin.data.data.map((x: any) => x.id)).toContain(s.id);
    expect((await h.acme.request('DELETE', `${LIST}/${s.id}`)).status).toBe(400);

    const tenantRestore = await h.acme.request('POST', `${LIST}/${s.id}/restore`);
    expect(tenantRestore.status).toBe(403);
    const restore = await h.admin.request('POST', `${LIST}/${s.id}/restore`);
    expect(restore.status).toBe(200);
    await h.admin.waitForTask(restore.data.task_id);
    expect((await detail(h.acme, s.id)).status).toBe('stopped');
    expect((await h.admin.request('POST', `${LIST}/${s.id}/restore`)).status).toBe(400);
  });

  it('deletes permanently with force 1', async () => {
    const s = await runningServer();
    const del = await h.acme.request('DELETE', `${LIST}/${s.id}`, { body: { force: 1 } });
    expect(del.status).toBe(200);
    await h.acme.waitForTask(del.data.task_id);
    expect((await h.acme.request('GET', `${LIST}/${s.id}`)).status).toBe(404);
    expect((await h.admin.request('GET', LIST, { query: { status: 'deleted' } })).data.data.some((x: any) => x.id === s.id)).toBe(false);
  });
});

describe('clone, password and console', () => {
  it('clones with NICs disconnected and returns uuids on request', async () => {
    const s = await runningServer();
    const res = await h.acme.request('POST', `${LIST}/${s.id}/clone`, { body: { name: 'cloned', power_on: 0, count: 2, advance_param: { return_uuids: 1 } } });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data.uuids).toHaveLength(2);
    await h.acme.waitForTask(res.data.task_id);
    const c = await detail(h.acme, res.data.uuids[0]);
    expect(c).toMatchObject({ name: 'cloned-1', status: 'stopped', cores: s.cores, memory_mb: s.memory_mb });
    expect(c.networks[0]).toMatchObject({ vif_id: 'net0', connect: 0, subnet_id: '', ip_address: '' });
    const plain = await h.acme.request('POST', `${LIST}/${s.id}/clone`, { body: { name: 'c', power_on: 0, count: 1 } });
    expect(plain.data).not.toHaveProperty('uuids');
    const tooMany = await h.acme.request('POST', `${LIST}/${s.id}/clone`, { body: { name: 'c', power_on: 0, count: 21 } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body?.message).toMatch(/count/);
    const foreign = (await h.globex.request('GET', LIST, { query: { page_size: 1 } })).data.data[0];
    expect((await h.acme.request('POST', `${LIST}/${foreign.id}/clone`, { body: { name: 'c', power_on: 0, count: 1 } })).status).toBe(404);
  });

  it("gives an admin's clone to the admin, who may allocate it to the tenant", async () => {
    const s = await runningServer();
    const res = await h.admin.request('POST', `/janus/20190725/servers/${s.id}/clone`, { body: { name: 'admin-copy', power_on: 0, count: 1, advance_param: { return_uuids: 1 } } });
    expect(res.status, res.body?.message).toBe(201);
    await h.admin.waitForTask(res.data.task_id);
    const id = res.data.uuids[0];
    expect((await h.acme.request('GET', `${LIST}/${id}`)).status).toBe(404);
    const foreign = (await h.globex.request('GET', LIST, { query: { page_size: 1 } })).data.data[0].project_id;
    const tenantTry = await h.acme.request('POST', `${LIST}/${s.id}/allocation`, { body: { project_id: foreign } });
    expect(tenantTry.status).toBe(403);
    const alloc = await h.admin.request('POST', `${LIST}/${id}/allocation`, { body: { project_id: s.project_id } });
    expect(alloc.status, alloc.body?.message).toBe(201);
    await h.admin.waitForTask(alloc.data.task_id);
    expect(await detail(h.acme, id)).toMatchObject({ project_id: s.project_id, status: 'stopped' });
  });

  it('resets a password given RSA-encrypted, never echoing it', async () => {
    const s = await runningServer();
    const modulus = await h.acme.publicKey();
    const res = await h.acme.request('POST', `${LIST}/${s.id}/server-password`, { body: { password: encryptWithModulus('N3w-Secret!', modulus) } });
    expect(res.status, res.body?.message).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain('N3w-Secret!');
    const task = await h.acme.waitForTask(res.data.task_id);
    expect(task.action).toBe('重置云主机密码');
    const plain = await h.acme.request('POST', `${LIST}/${s.id}/server-password`, { body: { password: 'N3w-Secret!' } });
    expect(plain.status).toBe(400);
    expect(plain.body?.message).toMatch(/password/);
  });

  it('opens a noVNC console on a running server only', async () => {
    const s = await runningServer();
    const body = { remote_console: { protocol: 'vnc', type: 'novnc' } };
    const res = await h.acme.request('POST', `${LIST}/${s.id}/remote-consoles`, { body });
    expect(res.status).toBe(201);
    const host = new URL(h.url).host;
    expect(res.data.remote_console).toMatchObject({ type: 'novnc', protocol: 'vnc' });
    expect(res.data.remote_console.url).toMatch(new RegExp(`^https://${host}/openstack/compute/v2/open-vnc-console\\?token_id=[0-9a-f-]{36}$`));
    await h.acme.waitForTask((await h.acme.request('POST', `${LIST}/${s.id}/stop`)).data.task_id);
    const off = await h.acme.request('POST', `${LIST}/${s.id}/remote-consoles`, { body });
    expect(off.status).toBe(400);
    expect(off.body?.message).toMatch(/stopped/);
  });
});

describe('failed tasks leave consistent state', () => {
  const faults = (patch: object) => fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify(patch) });

  it('a failed create ends in error; a failed stop leaves the server running', async () => {
    const s = await runningServer();
    const rename = await h.acme.request('PUT', `${LIST}/${s.id}`, { body: { name: 'doomed-stop' } });
    await h.acme.waitForTask(rename.data.task_id);
    await faults({ taskFailMatch: '^doomed' });
    try {
      const res = await h.acme.request('POST', LIST, { body: createBody({ name: 'doomed-create' }) });
      expect(res.status).toBe(201);
      expect((await h.acme.waitForTask(res.data.task_id)).status).toBe('failure');
      expect((await detail(h.acme, res.data.uuids[0])).status).toBe('error');
      const stop = await h.acme.request('POST', `${LIST}/${s.id}/stop`);
      const task = await h.acme.waitForTask(stop.data.task_id);
      expect(task).toMatchObject({ status: 'failure', description: expect.stringMatching(/doomed/) });
      expect((await detail(h.acme, s.id)).status).toBe('running');
    } finally {
      await faults({ taskFailMatch: '' });
    }
  });
});
