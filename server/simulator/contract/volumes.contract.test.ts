import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
/** Fixture ids read from the seeded store (tests assert only over HTTP). */
let az1: string;
let az2: string;
let acmeProject: string;
let globexProject: string;

beforeAll(async () => {
  h = await startHarness();
  const store = h.running.sim.store;
  [az1, az2] = [...store.azs.keys()];
  const byName = (n: string) => [...store.projects.values()].find((p) => p.name === n)!.id;
  acmeProject = byName('acme');
  globexProject = byName('globex');
});
afterAll(() => h.close());

const VOLUMES = '/janus/20180725/volumes';

/** Creates shared disks and returns the create task once finished. */
async function createVolumes(body: Record<string, unknown>) {
  const res = await h.admin.request('POST', VOLUMES, { body: { name: 'shared', size: 1, volume_type: 'sharedisk', az_id: az1, ...body } });
  expect(res.status, res.body?.message).toBe(201);
  expect(Object.keys(res.data)).toEqual(['task_id']);
  return res.data.task_id as string;
}

/** Polls a volume until it leaves the status it is in (or disappears: null). */
async function waitForVolume(id: string, leaving: string) {
  for (let i = 0; i < 200; i++) {
    const res = await h.admin.request('GET', `${VOLUMES}/${id}`);
    if (res.status === 404) return null;
    if (res.data.status !== leaving) return res.data;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`volume ${id} stayed ${leaving}`);
}

describe('volumes are admin-only', () => {
  it('answers 403 to tenants on every route', async () => {
    expect((await h.acme.request('GET', VOLUMES)).status).toBe(403);
    expect((await h.acme.request('GET', `${VOLUMES}/x`)).status).toBe(403);
    expect((await h.acme.request('POST', VOLUMES, { body: { name: 'v', size: 1, volume_type: 'sharedisk', az_id: az1 } })).status).toBe(403);
    expect((await h.acmeEc2.request('DELETE', `${VOLUMES}/x`, { body: { force: 1 } })).status).toBe(403);
  });
});

describe('volume lifecycle', () => {
  it('creates a shared disk: creating → available, id from the task', async () => {
    const taskId = await createVolumes({ name: 'acme-shared', description: 'cluster quorum', size: 10, project_id: acmeProject });
    const first = await h.admin.request('GET', `/janus/20180725/tasks/${taskId}`);
    const id = first.data.entities.object_id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await h.admin.request('GET', `${VOLUMES}/${id}`)).data.status).toBe('creating');
    expect((await h.admin.waitForTask(taskId)).status).toBe('finish');
    const v = (await h.admin.request('GET', `${VOLUMES}/${id}`)).data;
    expect(v).toMatchObject({
      id, name: 'acme-shared', description: 'cluster quorum', size: 10, volume_type: 'sharedisk', status: 'available',
      project_id: acmeProject, az_id: az1, target_id: expect.stringMatching(/^\d+$/), disk_id: expect.stringMatching(/^[0-9a-f]+$/),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000$/),
    });
    expect(v.user_id).toMatch(/\S/);
    const list = await h.admin.request('GET', VOLUMES, {
      query: { project_id: acmeProject, status: 'available', volume_type: 'sharedisk', az_id: az1, storage_id: v.storage_id, target_id: v.target_id, user_id: v.user_id, name: 'ACME-SHA' },
    });
    expect(list.data.data.map((x: { id: string }) => x.id)).toEqual([id]);
    expect(list.data.next_page_num).toBe('');
    expect((await h.admin.request('GET', `${VOLUMES}/no-such-volume`)).status).toBe(404);
  });

  it('creates several disks with count (a string, §9.7), one sub-task each', async () => {
    const taskId = await createVolumes({ name: 'batch-disk', count: '3', az_id: az2 });
    const task = await h.admin.waitForTask(taskId);
    expect(task.status).toBe('finish');
    expect(task.entities.sub_tasks_total).toBe(3);
    const ids = task.entities.sub_tasks.map((s: { entities: { object_id: string } }) => s.entities.object_id);
    const list = await h.admin.request('GET', VOLUMES, { query: { name: 'batch-disk' } });
    expect(list.data.data.map((x: { id: string }) => x.id).sort()).toEqual([...ids].sort());
    expect(new Set(list.data.data.map((x: { target_id: string }) => x.target_id)).size).toBe(3);
    expect((await createVolumes({ name: 'numeric-count', count: 2 })).length).toBeGreaterThan(0);
  });

  it('soft-deletes to the recycle bin, then deletes for good', async () => {
    const taskId = await createVolumes({ name: 'to-delete' });
    const task = await h.admin.waitForTask(taskId);
    const id = task.entities.object_id;
    const noForce = await h.admin.request('DELETE', `${VOLUMES}/${id}`, { body: {} });
    expect(noForce.status).toBe(400);
    expect(noForce.body?.message).toMatch(/force/);
    const soft = await h.admin.request('DELETE', `${VOLUMES}/${id}`, { body: { force: 0 } });
    // Documented as 204 with a {task_id} body; HTTP forbids that body, so it is a 200 carrying it.
    expect(soft.status).toBe(200);
    expect(soft.data.task_id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await h.admin.request('GET', `${VOLUMES}/${id}`)).data.status).toBe('deleting');
    expect((await waitForVolume(id, 'deleting'))?.status).toBe('deleted');
    const again = await h.admin.request('DELETE', `${VOLUMES}/${id}`, { body: { force: 0 } });
    expect(again.status).toBe(400);
    expect(again.body?.message).toMatch(/recycle bin/);
    expect((await h.admin.request('DELETE', `${VOLUMES}/${id}`, { body: { force: 1 } })).status).toBe(200);
    expect(await waitForVolume(id, 'deleting')).toBeNull();
    const log = await h.admin.request('GET', '/janus/20180725/tasks', { query: { object_id: id } });
    expect(log.data.data.map((t: { action: string }) => t.action)).toEqual(expect.arrayContaining(['创建卷', '删除卷']));
  });

  it('refuses to delete a disk that is still being created', async () => {
    const taskId = await createVolumes({ name: 'busy' });
    const id = (await h.admin.request('GET', `/janus/20180725/tasks/${taskId}`)).data.entities.object_id;
    const res = await h.admin.request('DELETE', `${VOLUMES}/${id}`, { body: { force: 1 } });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/creating/);
  });
});

describe('volume create validation', () => {
  it('names the bad field', async () => {
    const base = { name: 'v', size: 1, volume_type: 'sharedisk', az_id: az1 };
    for (const [patch, field] of [
      [{ size: 0 }, 'size'],
      [{ size: 64513 }, 'size'],
      [{ size: 1.5 }, 'size'],
      [{ volume_type: 'disk' }, 'volume_type'],
      [{ name: '' }, 'name'],
      [{ count: 'two' }, 'count'],
      [{ count: '0' }, 'count'],
    ] as const) {
      const res = await h.admin.request('POST', VOLUMES, { body: { ...base, ...patch } });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.body?.message).toContain(field);
    }
    expect((await h.admin.request('POST', VOLUMES, { body: { ...base, size: 64512 } })).status).toBe(201);
  });

  it('checks the AZ, the project and the VS storage', async () => {
    const base = { name: 'v', size: 1, volume_type: 'sharedisk', az_id: az1 };
    expect((await h.admin.request('POST', VOLUMES, { body: { ...base, az_id: 'no-such-az' } })).status).toBe(404);
    expect((await h.admin.request('POST', VOLUMES, { body: { ...base, storage_id: 'no-such-storage' } })).status).toBe(404);
    // globex is associated with the first AZ only.
    const notAssociated = await h.admin.request('POST', VOLUMES, { body: { ...base, az_id: az2, project_id: globexProject } });
    expect(notAssociated.status).toBe(400);
    expect(notAssociated.body?.message).toMatch(/not associated/);
    const other = [...h.running.sim.store.storages.values()].find((s) => s.az_id === az2)!;
    const wrongAz = await h.admin.request('POST', VOLUMES, { body: { ...base, storage_id: other.id } });
    expect(wrongAz.status).toBe(400);
    expect(wrongAz.body?.message).toMatch(/storage_id/);
    const taskId = await createVolumes({ name: 'on-storage', az_id: az2, storage_id: other.id });
    const id = (await h.admin.waitForTask(taskId)).entities.object_id;
    expect((await h.admin.request('GET', `${VOLUMES}/${id}`)).data.storage_id).toBe(other.id);
  });

  it('counts the disks against the tenant\'s storage-tag quota', async () => {
    // acme's quota on the first storage tag is 4096 GB per AZ.
    const res = await h.admin.request('POST', VOLUMES, { body: { name: 'huge', size: 64512, volume_type: 'sharedisk', az_id: az1, project_id: acmeProject } });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/quota storage\/storage_tag::/);
  });
});
