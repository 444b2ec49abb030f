import { describe, expect, it } from 'vitest';
import { chunkIds, readTaskBatch, type TaskBatchAnswer } from './batch-read';

const task = (id: string, extra: object = {}) => ({ task_id: id, status: 'doing', progress: 40, begin_time: '2025-01-02T03:04:05.000000', end_time: '', ...extra });

describe('chunkIds', () => {
  it('splits into groups of 50', () => {
    const ids = Array.from({ length: 120 }, (_, i) => String(i));
    expect(chunkIds(ids).map((c) => c.length)).toEqual([50, 50, 20]);
  });
});

describe('readTaskBatch', () => {
  it('asks once per 50 distinct ids and turns answers into snapshots', async () => {
    const sent: string[][] = [];
    const ids = Array.from({ length: 60 }, (_, i) => `t${i}`);
    const answers = await readTaskBatch([...ids, 't0'], async ({ ids: chunk }) => {
      sent.push(chunk);
      return { tasks: Object.fromEntries(chunk.map((id) => [id, task(id)])) } as TaskBatchAnswer;
    });
    expect(sent.map((c) => c.length)).toEqual([50, 10]);
    expect(Object.keys(answers)).toHaveLength(60);
    expect(answers.t1).toEqual({ status: 'doing', progress: 40, description: undefined, beginTime: '2025-01-02T03:04:05.000000', endTime: undefined, subTasks: undefined });
  });

  it('keeps sub-tasks, marks a task not found as missing, and leaves out one it could not read', async () => {
    const answers = await readTaskBatch(['batch', 'gone', 'busy'], async () => ({
      tasks: {
        batch: task('batch', { entities: { sub_tasks: [{ task_id: 's1', status: 'failure', progress: 30, description: 'no space', entities: { object_id: 'srv-1' } }] } }),
        gone: { error: { code: 'not_found', message: 'task gone was not found' } },
        busy: { error: { code: 'scp_busy', message: 'try later' } },
      },
    }) as TaskBatchAnswer);
    expect(answers.batch.subTasks).toEqual([{ taskId: 's1', status: 'failure', progress: 30, action: undefined, description: 'no space', objectId: 'srv-1' }]);
    expect(answers.gone).toEqual({ status: 'missing', progress: 0, description: 'task gone was not found' });
    expect(answers).not.toHaveProperty('busy');
  });
});
