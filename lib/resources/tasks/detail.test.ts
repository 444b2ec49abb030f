import { describe, expect, it } from 'vitest';
import type { Task } from '@/lib/scp';
import { taskFields } from './detail';

const task = (extra: Partial<Task> = {}) =>
  ({ task_id: 't-1', status: 'doing', progress: 30, action: '创建VPC网络', object_type: 'VPC网络', object_id: '', object_name: '', entities: { object_id: 'vpc-1' }, begin_time: '2025-01-02T03:04:05.000000', end_time: '', ...extra }) as Task;

const cells = (t: Task) => Object.fromEntries(taskFields.map((f) => [f.id, f.cell(t, 0)]));

describe('the task detail declaration', () => {
  it('names the object by the id its entities give while SCP has none, and says the phase with SCP\'s status', () => {
    const c = cells(task());
    expect(c.action).toEqual({ kind: 'plain', text: '创建VPC网络' });
    expect(c.object).toEqual({ kind: 'object', objectKind: 'vpc', id: 'vpc-1', name: 'vpc-1' });
    expect(c.objectId).toEqual({ kind: 'monoText', text: 'vpc-1' });
    expect(c.status).toEqual({ kind: 'phase', status: 'doing' });
    expect(taskFields.find((f) => f.id === 'action')!.testId).toBe('task-action');
  });

  it('shows an object without name or id as empty, and a finished task\'s elapsed time from its times', () => {
    const c = cells(task({ entities: null, status: 'finish', end_time: '2025-01-02T03:05:05.000000' }));
    expect(c.object).toEqual({ kind: 'plain', text: '' });
    expect(c.elapsed).toEqual({ kind: 'duration', seconds: 60 });
  });
});
