import type { Task } from '@/lib/scp';
import { MISSING_STATUS } from './task-phase';

/** One sub-task of a batch task, as the tray keeps it. */
export interface SubTaskSnapshot {
  taskId: string;
  status: string;
  progress: number;
  action?: string;
  description?: string;
  objectId?: string;
}

/** What the console last read about a task: enough to show it without asking SCP again. */
export interface TaskSnapshot {
  status: string;
  /** −2 while queued, 0–100 after. */
  progress: number;
  /** SCP's reason when the task failed; the console's when it is missing. */
  description?: string;
  /** SCP's zone-less local times; `endTime` is "" until the task ends. */
  beginTime?: string;
  endTime?: string;
  subTasks?: SubTaskSnapshot[];
}

const text = (v: string | null | undefined) => v || undefined;

/** A task detail (or a batch answer's task) as a snapshot. */
export function snapshotOfTask(task: Task): TaskSnapshot {
  const subs = task.entities?.sub_tasks;
  return {
    status: task.status,
    progress: task.progress,
    description: text(task.description),
    beginTime: text(task.begin_time),
    endTime: text(task.end_time),
    subTasks: subs?.length
      ? subs.map((s) => ({
          taskId: s.task_id, status: s.status, progress: s.progress ?? 0,
          action: text(s.action), description: text(s.description), objectId: text(s.entities?.object_id),
        }))
      : undefined,
  };
}

/** A task the console could not find: terminal, with the console's message. */
export function missingSnapshot(message: string): TaskSnapshot {
  return { status: MISSING_STATUS, progress: 0, description: message };
}
