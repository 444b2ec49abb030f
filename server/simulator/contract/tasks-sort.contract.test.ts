import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

/** The op-log list's answer fields (seed §4.8.5, table 4.8.29): the sort fields it documents. */
const DOCUMENTED_SORT_FIELDS = ['id', 'status', 'object_id', 'object_type', 'action', 'description', 'progress', 'project_id',
  'creator_id', 'user_id', 'user_ip', 'az_id', 'begin_time', 'end_time'];

let h: Harness;
const made: string[] = [];
beforeAll(async () => {
  h = await startHarness();
  // Three entries a few milliseconds apart, so their begin_time differs.
  for (const name of ['sort-a', 'sort-b', 'sort-c']) {
    const res = await h.admin.request('POST', '/janus/20180725/tasks', { body: { task: { action: '排序测试', object_type: '排序测试', object_name: name } } });
    made.push(res.data.task_id);
    await new Promise((r) => setTimeout(r, 5));
  }
});
afterAll(() => h.close());

async function ids(query: Record<string, string>): Promise<{ status: number; ids: string[]; times: string[]; message?: string }> {
  const res = await h.admin.request('GET', '/janus/20180725/tasks', { query: { object_type: '排序测试', page_size: '100', ...query } });
  const rows: { id: string; begin_time: string }[] = res.data?.data ?? [];
  const mine = rows.filter((r) => made.includes(r.id));
  return { status: res.status, ids: mine.map((r) => r.id), times: rows.map((r) => r.begin_time), message: res.body?.message };
}

describe('op-log order (seed §4.8.5, common list parameters §2.4.2)', () => {
  it('sorts by the documented begin_time: ASC oldest first, DESC newest first', async () => {
    const asc = await ids({ sort: 'begin_time', order_by: 'ASC' });
    expect(asc.status).toBe(200);
    expect(asc.ids).toEqual(made);
    expect([...asc.times].sort()).toEqual(asc.times);
    const desc = await ids({ sort: 'begin_time', order_by: 'DESC' });
    expect(desc.ids).toEqual([...made].reverse());
    expect([...desc.times].sort().reverse()).toEqual(desc.times);
  });

  it('defaults to ASC when sort is given without order_by', async () => {
    expect((await ids({ sort: 'begin_time' })).ids).toEqual(made);
  });

  it('is newest first without sort, as the seed sample is, and order_by alone says the direction', async () => {
    expect((await ids({})).ids).toEqual([...made].reverse());
    expect((await ids({ order_by: 'DESC' })).ids).toEqual([...made].reverse());
    expect((await ids({ order_by: 'ASC' })).ids).toEqual(made);
  });

  it('accepts every documented answer field as a sort field', async () => {
    for (const sort of DOCUMENTED_SORT_FIELDS) {
      const res = await ids({ sort, order_by: 'DESC' });
      expect(res.status, sort).toBe(200);
      expect(res.ids.length, sort).toBe(made.length);
    }
  });

  it('refuses an undocumented field, naming the documented ones', async () => {
    const res = await ids({ sort: 'created_ms' });
    expect(res.status).toBe(400);
    expect(res.message).toMatch(/created_ms/);
    expect(res.message).toMatch(/begin_time/);
  });
});
