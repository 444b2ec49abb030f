import { z } from 'zod';
import { optNumber, optText } from './common';

/**
 * Task statuses (catalog §4.2): there is no `running`; `doing` is running.
 * Clients key off the status, not the progress (a failed task may show 50).
 */
export const TASK_STATUSES = ['waiting', 'doing', 'finish', 'failure', 'canceling', 'canceled'] as const;
/** A documented task status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses after which a task never changes. */
export const FINAL_TASK_STATUSES: readonly string[] = ['finish', 'failure', 'canceled'];

/** A sub-task of a batch task. */
export const SubTaskSchema = z.looseObject({
  task_id: z.string(),
  status: z.string(),
  progress: optNumber(),
  action: optText(),
  description: optText(),
  az_id: optText(),
  entities: z.looseObject({ object_id: optText() }).nullish(),
});

/** A task (GET /janus/20180725/tasks/{task_id}, catalog §4.2). */
export const TaskSchema = z.looseObject({
  task_id: z.string(),
  status: z.string(),
  progress: z.number(),
  /** The error text when the task failed. */
  description: optText(),
  project_id: optText(),
  user_id: optText(),
  /** Localized, shown verbatim (e.g. 创建云主机). */
  action: optText(),
  object_type: optText(),
  object_id: optText(),
  object_name: optText(),
  cancelable: optNumber(),
  az_id: optText(),
  /** SCP's local time, no zone: `2021-05-25T01:27:32.000000`; `end_time` is "" until the task ends. */
  begin_time: optText(),
  end_time: optText(),
  entities: z.looseObject({
    /** The affected (or new) resource's id, e.g. of a VPC being created. */
    object_id: optText(),
    sub_tasks_total: optNumber(),
    sub_tasks: z.array(SubTaskSchema).nullish(),
  }).nullish(),
});
/** A task. */
export type Task = z.output<typeof TaskSchema>;

/** An operation-log entry (GET /janus/20180725/tasks item): `id`, not `task_id`. */
export const OpLogEntrySchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  progress: optNumber(),
  action: optText(),
  description: optText(),
  object_id: optText(),
  object_type: optText(),
  object_name: optText(),
  project_id: optText(),
  user_id: optText(),
  creator_id: optText(),
  user_ip: optText(),
  /** "" for platform-level entries. */
  az_id: optText(),
  begin_time: optText(),
  end_time: optText(),
});
/** An operation-log entry. */
export type OpLogEntry = z.output<typeof OpLogEntrySchema>;
