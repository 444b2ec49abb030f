import type { MessageKey } from '@/lib/i18n';
import type { Task } from '@/lib/scp';
import { elapsedSeconds } from '@/lib/tasks/elapsed';
import { kindOfObjectType } from '@/lib/tasks/object-kind';
import { snapshotOfTask } from '@/lib/tasks/task-snapshot';
import type { TaskCell } from './cells';

/*
 * A task's detail page (/tasks/[id]) as a declaration: the fields it lists,
 * each a labelled cell of the task at `now` (a running task's elapsed time
 * ticks). components/tasks/task-detail renders them with the task's
 * progress, SCP's reason when it failed, and its sub-tasks.
 */

/** A labelled value of a task. */
export interface TaskField {
  id: string;
  labelKey: MessageKey;
  testId?: string;
  cell: (task: Task, now: number) => TaskCell;
}

/** What the task acts on: SCP's object id, or the id its entities name (a VPC being created). */
export const taskObjectId = (task: Task) => task.object_id || task.entities?.object_id || '';
/** The object's name, else its id. */
export const taskObjectName = (task: Task) => task.object_name || taskObjectId(task);
/** SCP's localized action, else the task's id. */
export const taskAction = (task: Task) => task.action || task.task_id;

const mono = (text: string | null | undefined): TaskCell => ({ kind: 'monoText', text });

/** The fields of a task's detail, in order. */
export const taskFields: readonly TaskField[] = [
  { id: 'action', labelKey: 'tasks.field.action', testId: 'task-action', cell: (task) => ({ kind: 'plain', text: taskAction(task) }) },
  { id: 'objectType', labelKey: 'tasks.field.objectType', cell: (task) => ({ kind: 'plain', text: task.object_type }) },
  {
    id: 'object', labelKey: 'tasks.field.object',
    cell: (task) => (taskObjectName(task) ? { kind: 'object', objectKind: kindOfObjectType(task.object_type), id: taskObjectId(task), name: taskObjectName(task) } : { kind: 'plain', text: '' }),
  },
  { id: 'objectId', labelKey: 'tasks.field.objectId', cell: (task) => mono(taskObjectId(task)) },
  { id: 'status', labelKey: 'tasks.field.status', cell: (task) => ({ kind: 'phase', status: task.status }) },
  { id: 'description', labelKey: 'tasks.field.description', cell: (task) => ({ kind: 'plain', text: task.description }) },
  { id: 'begin', labelKey: 'tasks.field.begin', cell: (task) => ({ kind: 'time', value: task.begin_time }) },
  { id: 'end', labelKey: 'tasks.field.end', cell: (task) => ({ kind: 'time', value: task.end_time }) },
  {
    id: 'elapsed', labelKey: 'tasks.field.elapsed',
    cell: (task, now) => {
      const snapshot = snapshotOfTask(task);
      return { kind: 'duration', seconds: elapsedSeconds({ beginTime: snapshot.beginTime, endTime: snapshot.endTime }, now) };
    },
  },
  { id: 'taskId', labelKey: 'tasks.field.taskId', cell: (task) => mono(task.task_id) },
  { id: 'project', labelKey: 'tasks.field.project', cell: (task) => mono(task.project_id) },
  { id: 'user', labelKey: 'tasks.field.user', cell: (task) => mono(task.user_id) },
  { id: 'az', labelKey: 'tasks.field.az', cell: (task) => mono(task.az_id) },
];
