import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { detail, LIST } from './servers-fixtures';

/*
 * 分配云主机 (seed 4.11.3.14, L19031 and L19111): POST …/servers/{id}/allocation
 * {project_id, user_id?} → 201 {task_id}; the task moves the server to the
 * project (and its admin, or the user named). Errors as documented: 400, 403, 404.
 */

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** An admin's clone (disconnected NICs, so it may change tenant) of a usable server of `tenant`. */
async function adminClone(tenant: string) {
  const servers = (await h.admin.request('GET', LIST, { query: { page_size: 100 } })).data.data;
  const source = servers.find((x: any) => x.project_name === tenant && ['running', 'stopped'].includes(x.status));
  const res = await h.admin.request('POST', `${LIST}/${source.id}/clone`, { body: { name: `alloc-${tenant}`, power_on: 0, count: 1, advance_param: { return_uuids: 1 } } });
  expect(res.status, res.body?.message).toBe(201);
  await h.admin.waitForTask(res.data.task_id);
  return { source, id: res.data.uuids[0] as string };
}

describe('POST /servers/{id}/allocation', () => {
  it.each(['20180725', '20190725'])('(%s) hands a server to a tenant in a task that moves project and owner', async (version) => {
    const { source, id } = await adminClone('acme');
    const before = await detail(h.admin, id);
    expect(before.project_id).not.toBe(source.project_id);
    const res = await h.admin.request('POST', `/janus/${version}/servers/${id}/allocation`, { body: { project_id: source.project_id } });
    expect(res.status, res.body?.message).toBe(201);
    expect(Object.keys(res.data)).toEqual(['task_id']);
    const task = await h.admin.waitForTask(res.data.task_id);
    expect(task).toMatchObject({ status: 'finish', action: '分配云主机' });
    const after = await detail(h.acme, id);
    expect(after).toMatchObject({ id, project_id: source.project_id, status: 'stopped' });
    expect(after.user_id).not.toBe(before.user_id);
  });

  it('answers 404 for an unknown server', async () => {
    const acme = (await h.acme.request('GET', LIST, { query: { page_size: 1 } })).data.data[0].project_id;
    const res = await h.admin.request('POST', `${LIST}/00000000-1111-2222-3333-444444444444/allocation`, { body: { project_id: acme } });
    expect(res.status).toBe(404);
  });

  it('refuses a missing or unknown project, and a tenant without the server’s AZ, naming the problem', async () => {
    const { id } = await adminClone('initech');
    const missing = await h.admin.request('POST', `${LIST}/${id}/allocation`, { body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body?.message).toMatch(/project_id/);
    const unknown = await h.admin.request('POST', `${LIST}/${id}/allocation`, { body: { project_id: 'f'.repeat(32) } });
    expect(unknown.status).toBe(400);
    expect(unknown.body?.message).toMatch(/project_id f{32} does not exist/);
    const globex = (await h.globex.request('GET', LIST, { query: { page_size: 1 } })).data.data[0].project_id;
    const noAz = await h.admin.request('POST', `${LIST}/${id}/allocation`, { body: { project_id: globex } });
    expect(noAz.status).toBe(400);
    expect(noAz.body?.message).toMatch(/not associated with AZ/);
  });

  it('lets a tenant hand only within its own project (403 for another)', async () => {
    const own = (await h.acme.request('GET', LIST, { query: { page_size: 1 } })).data.data[0];
    const globex = (await h.globex.request('GET', LIST, { query: { page_size: 1 } })).data.data[0].project_id;
    const res = await h.acme.request('POST', `${LIST}/${own.id}/allocation`, { body: { project_id: globex } });
    expect(res.status).toBe(403);
  });
});
