import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { LIST } from './servers-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** An acme server in the given status, from the demo seed. */
async function acmeServer(status: string, index = 0): Promise<any> {
  const res = await h.acme.request('GET', LIST, { query: { status } });
  return res.data.data[index];
}

async function snapshots(serverId: string, version = '20190725'): Promise<any[]> {
  return (await h.acme.request('GET', `/janus/${version}/servers/${serverId}/snapshots`)).data.data;
}

async function takeSnapshot(serverId: string, name: string): Promise<string> {
  const res = await h.acme.request('POST', `/janus/20190725/servers/${serverId}/snapshots`, { body: { name } });
  expect(res.status, res.body?.message).toBe(201);
  await h.acme.waitForTask(res.data.task_id);
  return res.data.resource_id;
}

describe('server snapshots', () => {
  it('takes a snapshot: server snapshotting meanwhile, then listed as the latest', async () => {
    const s = await acmeServer('running');
    const res = await h.acme.request('POST', `/janus/20190725/servers/${s.id}/snapshots`, { body: { name: 'first', description: 'initial' } });
    expect(res.status).toBe(201);
    expect(res.data).toEqual({ task_id: expect.any(String), resource_id: expect.any(String) });
    expect((await h.acme.request('GET', `${LIST}/${s.id}`)).data.status).toBe('snapshotting');
    await h.acme.waitForTask(res.data.task_id);
    expect((await h.acme.request('GET', `${LIST}/${s.id}`)).data.status).toBe('running');
    const second = await takeSnapshot(s.id, 'second');
    const list = await snapshots(s.id);
    expect(list.map((x) => [x.name, x.is_latest, x.status])).toEqual([['first', 0, 'normal'], ['second', 1, 'normal']]);
    expect(list[1].parent_id).toBe(res.data.resource_id);
    const v2018 = await h.acme.request('POST', `${LIST}/${s.id}/snapshots`, { body: { name: 'third' } });
    expect(Object.keys(v2018.data)).toEqual(['task_id']);
    await h.acme.waitForTask(v2018.data.task_id);
    const item2018 = (await snapshots(s.id, '20180725')).find((x) => x.id === second);
    expect(Object.keys(item2018).sort()).toEqual(['created_at', 'description', 'id', 'is_latest', 'name', 'parent_id']);
    expect((await snapshots(s.id, '20200725'))[0].trigger).toBe('manual');
  });

  it('refuses the reserved name', async () => {
    const s = await acmeServer('stopped');
    const reserved = await h.acme.request('POST', `${LIST}/${s.id}/snapshots`, { body: { name: 'current' } });
    expect(reserved.status).toBe(400);
    expect(reserved.body?.message).toMatch(/current/);
  });

  it('refuses an eighth snapshot only in an HCI pool at 6.2.0 or older, per pool (seed L20226)', async () => {
    const azs: { id: string; type: string; version: string }[] = (await h.acme.request('GET', '/janus/20180725/azs')).data.data;
    const old = azs.find((a) => a.type === 'hci' && a.version === '6.2.0')!;
    const current = azs.find((a) => a.type === 'hci' && a.version === '6.8.0')!;
    expect(old && current).toBeTruthy();
    // The last settled server of each pool, so the other tests' servers stay as they are.
    const settled: { id: string; az_id: string; status: string }[] = (await h.acme.request('GET', LIST, { query: { status: 'running,stopped' } })).data.data;
    const inOld = settled.findLast((s) => s.az_id === old.id)!;
    const inCurrent = settled.findLast((s) => s.az_id === current.id)!;
    for (let i = 1; i <= 7; i++) await takeSnapshot(inOld.id, `snap-${i}`);
    const eighth = await h.acme.request('POST', `${LIST}/${inOld.id}/snapshots`, { body: { name: 'snap-8' } });
    expect(eighth.status).toBe(400);
    expect(eighth.body?.message).toMatch(/7 snapshots.*\(7\).*HCI 6\.2\.0/);
    for (let i = 1; i <= 8; i++) await takeSnapshot(inCurrent.id, `snap-${i}`);
    expect(await snapshots(inCurrent.id)).toHaveLength(8);
  });

  it('recovers to a snapshot: status recovery, then powered as asked', async () => {
    const s = await acmeServer('running', 1);
    const first = await takeSnapshot(s.id, 'base');
    await takeSnapshot(s.id, 'later');
    const res = await h.acme.request('POST', `${LIST}/${s.id}/snapshots/${first}/recovery`, { body: { backup: 1, power_on: 1 } });
    expect(res.status, res.body?.message).toBe(201);
    expect((await h.acme.request('GET', `${LIST}/${s.id}`)).data.status).toBe('recovery');
    await h.acme.waitForTask(res.data.task_id);
    expect((await h.acme.request('GET', `${LIST}/${s.id}`)).data.status).toBe('running');
    const list = await snapshots(s.id);
    expect(list).toHaveLength(3);
    expect(list.find((x) => x.is_latest === 1).id).toBe(first);
    const noBackup = await h.acme.request('POST', `${LIST}/${s.id}/snapshots/${first}/recovery`, { body: {} });
    expect(noBackup.status).toBe(400);
    expect(noBackup.body?.message).toMatch(/backup/);
  });

  it('renames, protects, deletes and batch-deletes snapshots', async () => {
    const s = await acmeServer('stopped', 1);
    const a = await takeSnapshot(s.id, 'a');
    const b = await takeSnapshot(s.id, 'b');
    const c = await takeSnapshot(s.id, 'c');
    const tooLong = await h.acme.request('PUT', `${LIST}/${s.id}/snapshots/${a}`, { body: { name: 'x'.repeat(91) } });
    expect(tooLong.status).toBe(400);
    const edit = await h.acme.request('PUT', `${LIST}/${s.id}/snapshots/${a}`, { body: { name: 'renamed', is_protected: 1 } });
    expect(edit.status).toBe(200);
    await h.acme.waitForTask(edit.data.task_id);
    expect((await snapshots(s.id)).find((x) => x.id === a)).toMatchObject({ name: 'renamed', is_protected: 1 });
    const protectedDelete = await h.acme.request('DELETE', `${LIST}/${s.id}/snapshots/${a}`);
    expect(protectedDelete.status).toBe(400);
    expect(protectedDelete.body?.message).toMatch(/protected/);

    const del = await h.acme.request('DELETE', `${LIST}/${s.id}/snapshots/${c}`);
    expect(del.status).toBe(200);
    await h.acme.waitForTask(del.data.task_id);
    expect((await snapshots(s.id)).map((x) => x.id)).toEqual([a, b]);
    expect((await snapshots(s.id)).find((x) => x.id === b).is_latest).toBe(1);

    const upper = await h.acme.request('POST', `${LIST}/${s.id}/snapshots/action`, { body: { snapshot_ids: [b], action: 'DELETE' } });
    expect(upper.status).toBe(400);
    expect(upper.body?.message).toMatch(/lower case/);
    const batch = await h.acme.request('POST', `${LIST}/${s.id}/snapshots/action`, { body: { snapshot_ids: [b], action: 'delete' } });
    expect(batch.status).toBe(201);
    await h.acme.waitForTask(batch.data.task_id);
    expect((await snapshots(s.id)).map((x) => x.id)).toEqual([a]);
  });

  it("hides another tenant's server snapshots", async () => {
    const g = (await h.globex.request('GET', LIST, { query: { page_size: 1 } })).data.data[0];
    expect((await h.acme.request('GET', `${LIST}/${g.id}/snapshots`)).status).toBe(404);
    expect((await h.acme.request('POST', `${LIST}/${g.id}/snapshots`, { body: { name: 'x' } })).status).toBe(404);
  });
});
