import { describe, expect, it } from 'vitest';
import type { RecoverContext, ScpOperation } from './operation';
import { findBatchTask, findRecentTask, isSinceCall, parseScpLocalTime, scpLocalTime } from './recover';

/*
 * The recover helpers against a scripted SCP: only tasks begun since the lost
 * call count, with the right object and action; batch tasks are matched by
 * their sub-tasks.
 */

const STARTED = new Date(2025, 4, 25, 10, 0, 0).getTime();
const local = (offsetMs: number) => scpLocalTime(STARTED + offsetMs).replace(' ', 'T') + '.000000';

/** A context whose calls are answered by `answer(operation name, input)`, recording the queries. */
function scripted(answer: (name: string, input: { params?: Record<string, unknown>; query?: Record<string, unknown> }) => unknown) {
  const calls: { name: string; query?: Record<string, unknown> }[] = [];
  const ctx: RecoverContext = {
    input: {}, requestId: 'r', startedAt: STARTED,
    call: async <T,>(op: ScpOperation<T>, input: { params?: Record<string, unknown>; query?: Record<string, unknown> } = {}) => {
      calls.push({ name: op.name, query: input.query });
      return op.response.parse(answer(op.name, input));
    },
  };
  return { ctx, calls };
}

const page = (data: unknown[]) => ({ total_size: data.length, page_num: 0, page_size: 100, next_page_num: '', data });

describe('task times', () => {
  it('formats and reads SCP\'s zone-less local times', () => {
    expect(scpLocalTime(STARTED)).toBe('2025-05-25 10:00:00');
    expect(parseScpLocalTime('2025-05-25T10:00:00.000000')).toBe(STARTED);
    expect(parseScpLocalTime('2025-05-25 10:00:00')).toBe(STARTED);
    expect(parseScpLocalTime('')).toBeNaN();
  });

  it('counts a time as since the call within 30 s of slack, zoned or local', () => {
    const ctx = { startedAt: STARTED };
    expect(isSinceCall(ctx, local(-29_000))).toBe(true);
    expect(isSinceCall(ctx, local(-31_000))).toBe(false);
    expect(isSinceCall(ctx, new Date(STARTED + 1000).toISOString())).toBe(true);
    expect(isSinceCall(ctx, new Date(STARTED - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'))).toBe(false);
    expect(isSinceCall(ctx, undefined)).toBe(false);
  });
});

describe('findRecentTask', () => {
  it('takes the newest entry begun since the call, on the object, with one of the actions', async () => {
    const { ctx, calls } = scripted(() => page([
      { id: 'old-start', object_id: 's1', action: '启动云主机', begin_time: local(-3_600_000) },
      { id: 'stop', object_id: 's1', action: '关闭云主机', begin_time: local(2000) },
      { id: 'other-server', object_id: 's2', action: '启动云主机', begin_time: local(2000) },
      { id: 'start', object_id: 's1', action: '启动云主机', begin_time: local(1000) },
    ]));
    expect((await findRecentTask(ctx, { objectId: 's1', actions: ['启动云主机'] }))?.id).toBe('start');
    expect(calls[0].query).toMatchObject({ object_id: 's1', begin_time: '2025-05-25 09:59:30' });
    expect(await findRecentTask(ctx, { objectId: 's1', actions: ['重启云主机'] })).toBeUndefined();
  });
});

describe('findBatchTask', () => {
  it('matches a single-object task directly and a batch task by its sub-tasks', async () => {
    const { ctx } = scripted((name, input) => {
      if (name === 'tasks.list') {
        return page([
          { id: 'batch-other', object_id: '', action: '创建云主机', begin_time: local(3000) },
          { id: 'batch-mine', object_id: '', action: '创建云主机', begin_time: local(2000) },
          { id: 'single', object_id: 'vm-9', action: '创建云主机', begin_time: local(1000) },
        ]);
      }
      const subs = input.params?.task_id === 'batch-mine' ? ['vm-1', 'vm-2'] : ['vm-7'];
      return { task_id: input.params?.task_id, entities: { sub_tasks: subs.map((id) => ({ task_id: `${id}-t`, entities: { object_id: id } })) } };
    });
    expect(await findBatchTask(ctx, { actions: ['创建云主机'], objectIds: ['vm-1', 'vm-2'] })).toEqual({ id: 'batch-mine', objectIds: ['vm-1', 'vm-2'] });
    expect(await findBatchTask(ctx, { actions: ['创建云主机'], objectIds: ['vm-9'] })).toEqual({ id: 'single', objectIds: ['vm-9'] });
    expect(await findBatchTask(ctx, { actions: ['创建云主机'], objectIds: ['vm-3'] })).toBeUndefined();
  });
});
