import { z } from 'zod';
import { badRequest } from '../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../http/context';
import { eq, listPage, type SortSpec } from '../http/list';
import { parseBody } from '../http/validate';
import { ADMIN_AND_TENANT, ADMIN_ONLY } from '../state/roles';
import { getVisible, visibleTo } from '../state/scope';
import { parseLocalTime } from '../state/time';
import { TaskEngine, type Task } from '../tasks/engine';

function renderSubTask(t: Task) {
  return {
    task_id: t.id, az_id: t.az_id, description: t.description, action: t.action, object_type: t.object_type,
    status: t.status, cancelable: t.cancelable, progress: t.progress, ...TaskEngine.times(t),
    entities: { object_id: t.object_id },
  };
}

/** Task detail (catalog §4.2): the task view plus the op-log view's creator_id and object_name. */
export function renderTask(ctx: RequestContext, t: Task) {
  const subs = t.sub_task_ids.map((id) => ctx.tasks.get(id)!).filter(Boolean);
  const entities: Record<string, unknown> = { object_id: t.object_id };
  if (subs.length) {
    entities.sub_tasks_total = subs.length;
    entities.sub_tasks = subs.map(renderSubTask);
  }
  return {
    task_id: t.id, description: t.description, project_id: t.project_id, user_id: t.user_id, creator_id: t.user_id,
    user_ip: t.user_ip, action: t.action, object_type: t.object_type, object_id: t.object_id, object_name: t.object_name,
    status: t.status, cancelable: t.cancelable, progress: t.progress, az_id: t.az_id, ...TaskEngine.times(t), entities,
  };
}

/** Op-log list item: `id`, not `task_id` (catalog §9.3). */
function renderLogItem(t: Task) {
  return {
    id: t.id, status: t.status, object_id: t.object_id, object_type: t.object_type, object_name: t.object_name,
    action: t.action, description: t.description, progress: t.progress, project_id: t.project_id, creator_id: t.user_id,
    user_id: t.user_id, user_ip: t.user_ip, az_id: t.az_id, ...TaskEngine.times(t),
  };
}

function timeFilter(bound: 'begin' | 'end') {
  return (t: Task, value: string) => {
    const at = parseLocalTime(value);
    if (Number.isNaN(at)) throw badRequest(`${bound}_time must look like 2021-05-25 01:27:32, got "${value}"`);
    return bound === 'begin' ? t.created_ms >= at : t.created_ms <= at;
  };
}

/**
 * The op-log list sorts by the fields it documents (§4.8.5, response table 4.8.29; the common
 * list parameters say `sort` names answer fields). Without `sort` it is newest first, as the
 * seed's sample answer is; an `order_by` alone turns that begin_time order around.
 */
const LOG_SORT: SortSpec<Task> = {
  fields: ['id', 'status', 'object_id', 'object_type', 'action', 'description', 'progress', 'project_id', 'creator_id',
    'user_id', 'user_ip', 'az_id', 'begin_time', 'end_time'],
  keys: { creator_id: (t) => t.user_id, begin_time: (t) => t.created_ms, end_time: (t) => TaskEngine.times(t).end_time },
  defaultField: 'begin_time',
  defaultOrder: 'DESC',
};

const TaskStatusSchema = z.enum(['waiting', 'doing', 'finish', 'failure', 'canceling', 'canceled']);
const LogCreateSchema = z.object({
  task: z.object({
    action: z.string().min(1),
    object_type: z.string().default(''),
    object_id: z.string().default(''),
    object_name: z.string().default(''),
    progress: z.number().int().min(-2).max(100).default(100),
    project_id: z.string().optional(),
    user_id: z.string().optional(),
    user_ip: z.string().optional(),
    az_id: z.string().default(''),
    description: z.string().default(''),
  }).passthrough(),
});
const LogEditSchema = z.object({
  task: z.object({
    object_type: z.string().optional(),
    object_id: z.string().optional(),
    object_name: z.string().optional(),
    progress: z.number().int().min(-2).max(100).optional(),
    az_id: z.string().optional(),
    description: z.string().optional(),
    status: TaskStatusSchema.optional(),
  }).passthrough(),
});

/** Async task status and the operation log: the same /tasks resource. */
export function taskRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/tasks/{task_id}'], roles: ADMIN_AND_TENANT,
      summary: 'task detail (progress, status, sub_tasks)',
      handler: (ctx) => ok(renderTask(ctx, getVisible(ctx.principal, taskMap(ctx), ctx.params.task_id, 'task'))),
    },
    {
      method: 'GET', paths: ['/janus/20180725/tasks'], roles: ADMIN_AND_TENANT,
      summary: 'operation log (paginated)',
      handler: (ctx) => {
        const rows = visibleTo(ctx.principal, [...ctx.tasks.all()].filter((t) => !t.parent_id));
        return ok(listPage(rows, ctx.query, {
          filters: {
            object_id: eq('object_id'), object_type: eq('object_type'), status: eq('status'), az_id: eq('az_id'),
            project_id: eq('project_id'), user_id: eq('user_id'), user_ip: eq('user_ip'),
            begin_time: timeFilter('begin'), end_time: timeFilter('end'),
          },
          sortable: LOG_SORT,
          render: renderLogItem,
        }));
      },
    },
    {
      method: 'POST', paths: ['/janus/20180725/tasks'], roles: ADMIN_ONLY,
      summary: 'create an operation-log entry (third-party audit)',
      handler: (ctx) => {
        const { task: b } = parseBody(LogCreateSchema, ctx.body);
        const t = ctx.tasks.start({
          action: b.action, objectType: b.object_type, objectId: b.object_id, objectName: b.object_name,
          projectId: b.project_id ?? ctx.principal.projectId, userId: b.user_id ?? ctx.principal.user.id,
          userIp: b.user_ip ?? ctx.clientIp, azId: b.az_id, durationMs: 0,
        }, ctx.now);
        ctx.tasks.tick(ctx.now + ctx.tasks.queueMs);
        Object.assign(t, { progress: b.progress, description: b.description, status: b.progress >= 100 ? 'finish' : 'doing' });
        return created(renderTask(ctx, t));
      },
    },
    {
      method: 'PUT', paths: ['/janus/20180725/tasks/{task_id}'], roles: ADMIN_ONLY,
      summary: 'edit an operation-log entry',
      handler: (ctx) => {
        const t = getVisible(ctx.principal, taskMap(ctx), ctx.params.task_id, 'task');
        const { task: b } = parseBody(LogEditSchema, ctx.body);
        for (const k of ['object_type', 'object_id', 'object_name', 'progress', 'az_id', 'description', 'status'] as const) {
          if (b[k] !== undefined) Object.assign(t, { [k]: b[k] });
        }
        return ok(renderTask(ctx, t));
      },
    },
  ];
}

/** Tasks as a map for getVisible (tenant sees only its project's tasks). */
function taskMap(ctx: RequestContext): Map<string, Task> {
  return { get: (id: string) => ctx.tasks.get(id) } as Map<string, Task>;
}
