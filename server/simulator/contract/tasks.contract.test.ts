import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ taskDurationMs: 400, taskQueueMs: 100 });
});
afterAll(() => h.close());

describe('tasks and the operation log', () => {
  it('lists running tasks with op-log fields, newest first, paginated', async () => {
    const res = await h.admin.request('GET', '/janus/20180725/tasks', { query: { page_size: 2 } });
    expect(res.status).toBe(200);
    const page = res.data;
    expect(page).toMatchObject({ page_num: 0, page_size: 2 });
    expect(page.total_size).toBeGreaterThanOrEqual(3);
    expect(page.next_page_num).toBe('1');
    expect(page.data[0]).toHaveProperty('id');
    expect(page.data[0]).not.toHaveProperty('task_id');
    for (const k of ['status', 'progress', 'action', 'object_type', 'object_id', 'begin_time', 'end_time', 'user_ip', 'az_id']) {
      expect(page.data[0]).toHaveProperty(k);
    }
  });

  it('moves a task waiting (−2) → doing → finish (100)', async () => {
    const list = await h.admin.request('GET', '/janus/20180725/tasks', { query: { status: 'waiting,doing' } });
    const id = list.data.data[0].id;
    const seen = new Set<string>();
    let last: any;
    for (let i = 0; i < 200; i++) {
      last = (await h.admin.request('GET', `/janus/20180725/tasks/${id}`)).data;
      seen.add(last.status);
      if (last.status === 'doing') expect(last.progress).toBeGreaterThanOrEqual(0);
      if (last.status === 'finish') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(last.status).toBe('finish');
    expect(last.progress).toBe(100);
    expect(last.end_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(seen.has('doing')).toBe(true);
    expect(last.entities.object_id).toBe(last.object_id);
  });

  it('filters by status and object type, and scopes tenants to their own tasks', async () => {
    const all = await h.admin.request('GET', '/janus/20180725/tasks', { query: { object_type: '云主机' } });
    expect(all.data.data.every((t: any) => t.object_type === '云主机')).toBe(true);
    const mine = await h.acme.request('GET', '/janus/20180725/tasks');
    const acmeProject = (await h.acme.request('GET', '/janus/20180725/projects')).data.data[0]?.id;
    expect(mine.data.data.every((t: any) => t.project_id === acmeProject)).toBe(true);
    const foreign = all.data.data.find((t: any) => t.project_id !== acmeProject);
    if (foreign) expect((await h.acme.request('GET', `/janus/20180725/tasks/${foreign.id}`)).status).toBe(404);
  });

  it('filters by time range and refuses a malformed time', async () => {
    const future = await h.admin.request('GET', '/janus/20180725/tasks', { query: { begin_time: '2999-01-01 00:00:00' } });
    expect(future.data.total_size).toBe(0);
    expect(future.data.next_page_num).toBe('');
    const bad = await h.admin.request('GET', '/janus/20180725/tasks', { query: { begin_time: 'yesterday' } });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/begin_time/);
  });

  it('lets admins edit an op-log entry and refuses tenants', async () => {
    const created = await h.admin.request('POST', '/janus/20180725/tasks', { body: { task: { action: '第三方审计', object_name: 'audit-1', progress: 10 } } });
    expect(created.status).toBe(201);
    const id = created.data.task_id;
    const edited = await h.admin.request('PUT', `/janus/20180725/tasks/${id}`, { body: { task: { progress: 100, status: 'finish' } } });
    expect(edited.status).toBe(200);
    expect(edited.data).toMatchObject({ progress: 100, status: 'finish' });
    expect((await h.acme.request('PUT', `/janus/20180725/tasks/${id}`, { body: { task: { progress: 1 } } })).status).toBe(403);
  });
});
