import type { Task, TaskEngine, TaskSpec } from './engine';

/** What starting a task on a request's behalf needs of it: the engine, who asks, from where and when. */
export interface TaskRequest {
  tasks: TaskEngine;
  principal: { projectId: string; user: { id: string } };
  clientIp: string;
  now: number;
}

/** A task spec without the caller's identity, which comes from the request. */
export type CallerTaskSpec = Omit<TaskSpec, 'userId' | 'userIp' | 'projectId'> & { projectId?: string };

/** Starts a task on behalf of the caller, filling in who, from where and when. */
export function startTask(
  ctx: TaskRequest,
  spec: CallerTaskSpec,
): Task {
  return ctx.tasks.start(
    { ...spec, projectId: spec.projectId ?? ctx.principal.projectId, userId: ctx.principal.user.id, userIp: ctx.clientIp },
    ctx.now,
  );
}

/** Starts a batch task with one sub-task per object. */
export function startBatchTask(
  ctx: TaskRequest,
  parent: { action: string; objectType: string; azId: string; projectId?: string },
  subs: CallerTaskSpec[],
): Task {
  const who = { userId: ctx.principal.user.id, userIp: ctx.clientIp };
  const projectId = parent.projectId ?? ctx.principal.projectId;
  return ctx.tasks.startBatch(
    { action: parent.action, objectType: parent.objectType, objectId: '', objectName: `${subs.length}`, azId: parent.azId, projectId, ...who },
    subs.map((s) => ({ ...s, projectId: s.projectId ?? projectId, ...who })),
    ctx.now,
  );
}
