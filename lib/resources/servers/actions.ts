import { api } from '@/lib/api';
import type { MessageKey } from '@/lib/i18n';
import { ServerCloneSchema, ServerPasswordSchema, type Server } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { findBatchTasks } from '../core/bulk-tasks';
import { inRecycleBin, isServerBusy } from './status';
import { ALLOWED, refuse, type Action, type ActionContext, type BulkResult, type FieldError, type FollowUp, type FormExtra, type FormField, type Verdict } from '../core/types';

/*
 * What can be done to a server, with SCP's state rules (catalog §4.8.6) and
 * role rules. Each verdict names its reason so a disabled button can say why.
 */

type ServerLike = Pick<Server, 'id' | 'name' | 'status'> & Partial<Pick<Server, 'project_id' | 'project_name'>>;

/** A state rule: the statuses an action starts from, and the message when the server is in another. */
function fromStatuses(statuses: readonly string[], reason: MessageKey) {
  return (server: ServerLike): Verdict => {
    if (statuses.includes(server.status)) return ALLOWED;
    if (isServerBusy(server)) return refuse('state', 'servers.reason.busy');
    if (inRecycleBin(server)) return refuse('state', 'servers.reason.inRecycleBin');
    return refuse('state', reason);
  };
}

const params = (server: ServerLike) => ({ server_id: server.id });
const taskOf = (answer: { task_id?: string } | null | undefined) => ({ taskId: answer?.task_id || undefined });
/** One request for several servers. SCP answers 204 without a task id, so the tasks are looked up in the op log afterwards. */
const batch = (action: 'start' | 'stop' | 'reboot' | 'suspend' | 'soft_delete') => async (servers: ServerLike[], ctx: ActionContext): Promise<BulkResult> => {
  const since = Date.now();
  const ids = servers.map((s) => s.id);
  await api.post('/api/servers/action', { body: { server_ids: ids, action }, clientToken: ctx.clientToken });
  return { findTasks: () => findBatchTasks(ids, since) };
};

/** Statuses a server may be edited, snapshotted or recovered in (SCP: usable). */
export const USABLE_STATUSES: readonly string[] = ['running', 'stopped', 'suspend'];

/** Power on (also resumes a suspended server). */
export const startServer: Action<ServerLike> = {
  id: 'start',
  labelKey: 'servers.action.start',
  allowed: fromStatuses(['stopped', 'suspend'], 'servers.reason.start'),
  run: async (s, ctx) => taskOf(await api.post('/api/servers/:server_id/start', { params: params(s), clientToken: ctx.clientToken })),
  runMany: batch('start'),
};

/** Shut the guest down. */
export const stopServer: Action<ServerLike> = {
  id: 'stop',
  labelKey: 'servers.action.stop',
  confirm: { titleKey: 'servers.confirm.stop.title', bodyKey: 'servers.confirm.stop.body', bulkBodyKey: 'servers.confirm.stop.bulk' },
  allowed: fromStatuses(['running', 'suspend'], 'servers.reason.stop'),
  run: async (s, ctx) => taskOf(await api.post('/api/servers/:server_id/stop', { params: params(s), body: {}, clientToken: ctx.clientToken })),
  runMany: batch('stop'),
};

/** Restart the guest. */
export const rebootServer: Action<ServerLike> = {
  id: 'reboot',
  labelKey: 'servers.action.reboot',
  confirm: { titleKey: 'servers.confirm.reboot.title', bodyKey: 'servers.confirm.reboot.body', bulkBodyKey: 'servers.confirm.reboot.bulk' },
  allowed: fromStatuses(['running'], 'servers.reason.reboot'),
  run: async (s, ctx) => taskOf(await api.post('/api/servers/:server_id/reboot', { params: params(s), body: {}, clientToken: ctx.clientToken })),
  runMany: batch('reboot'),
};

/** Suspend a running server. */
export const suspendServer: Action<ServerLike> = {
  id: 'suspend',
  labelKey: 'servers.action.suspend',
  allowed: fromStatuses(['running'], 'servers.reason.suspend'),
  run: async (s, ctx) => taskOf(await api.post('/api/servers/:server_id/suspend', { params: params(s), clientToken: ctx.clientToken })),
  runMany: batch('suspend'),
};

/** Move to the recycle bin (a running server is powered off by the delete task). */
export const deleteServer: Action<ServerLike> = {
  id: 'delete',
  labelKey: 'servers.action.delete',
  confirm: { titleKey: 'servers.confirm.delete.title', bodyKey: 'servers.confirm.delete.body', bulkBodyKey: 'servers.confirm.delete.bulk', danger: true },
  allowed: fromStatuses(['running', 'stopped', 'suspend', 'error'], 'servers.reason.delete'),
  run: async (s, ctx) => taskOf(await api.delete('/api/servers/:server_id', { params: params(s), body: { force: 0 }, clientToken: ctx.clientToken })),
  runMany: batch('soft_delete'),
};

function adminInBin(server: ServerLike, session: SessionUser): Verdict {
  if (!inRecycleBin(server)) return refuse('state', 'servers.reason.notInRecycleBin');
  if (session.role !== 'admin') return refuse('role', 'servers.reason.adminOnly');
  return ALLOWED;
}

/** Bring a server back from the recycle bin (platform admins, catalog §4.8.1). */
export const restoreServer: Action<ServerLike> = {
  id: 'restore',
  labelKey: 'servers.action.restore',
  allowed: adminInBin,
  run: async (s, ctx) => taskOf(await api.post('/api/servers/:server_id/restore', { params: params(s), clientToken: ctx.clientToken })),
};

/** Delete a server in the recycle bin for good. */
export const purgeServer: Action<ServerLike> = {
  id: 'purge',
  labelKey: 'servers.action.purge',
  confirm: { titleKey: 'servers.confirm.purge.title', bodyKey: 'servers.confirm.purge.body', danger: true },
  allowed: (s) => (inRecycleBin(s) ? ALLOWED : refuse('state', 'servers.reason.notInRecycleBin')),
  run: async (s, ctx) => taskOf(await api.delete('/api/servers/:server_id', { params: params(s), body: { force: 1 }, clientToken: ctx.clientToken })),
};

/** Set the guest's password: the browser sends it plain over same-origin HTTPS; the console encrypts it for SCP. */
export const resetServerPassword: Action<ServerLike> = {
  id: 'resetPassword',
  labelKey: 'servers.action.resetPassword',
  form: {
    titleKey: 'servers.password.title',
    fields: [
      { name: 'password', labelKey: 'servers.password.field', kind: 'password', hintKey: 'servers.password.hint' },
      { name: 'confirm', labelKey: 'servers.password.confirm', kind: 'password' },
    ],
    initial: () => ({ password: '', confirm: '' }),
    check: (values): Record<string, FieldError> => {
      const parsed = ServerPasswordSchema.safeParse({ password: values.password ?? '' });
      if (!parsed.success) return { password: values.password ? { key: 'forms.error.tooLong', values: { max: 128 } } : { key: 'forms.error.required' } };
      if (values.confirm !== values.password) return { confirm: { key: 'servers.password.mismatch' } };
      return {};
    },
  },
  allowed: fromStatuses(['running', 'stopped'], 'servers.reason.password'),
  run: async (s, ctx) => taskOf(await api.post('/api/servers/:server_id/server-password', { params: params(s), body: { password: ctx.values?.password ?? '' }, clientToken: ctx.clientToken })),
};

/** SCP's limit of clones per request (catalog §4.8.6). */
export const MAX_CLONES = 20;

const cloneFields: readonly FormField[] = [
  { name: 'name', labelKey: 'servers.clone.field.name', kind: 'text' },
  { name: 'count', labelKey: 'servers.clone.field.count', kind: 'number', min: 1, max: MAX_CLONES, hintKey: 'servers.clone.hint.count' },
  { name: 'power_on', labelKey: 'servers.clone.field.powerOn', kind: 'checkbox' },
  { name: 'description', labelKey: 'servers.field.description', kind: 'textarea' },
];

/** The clone request of the form's values; the clones' ids come back, so their rows show the task too. */
function cloneBody(values: Record<string, string> = {}) {
  return {
    name: values.name ?? '',
    count: /^\d+$/.test(values.count ?? '') ? Number(values.count) : Number.NaN,
    power_on: values.power_on === '1' ? (1 as const) : (0 as const),
    description: values.description || undefined,
    advance_param: { return_uuids: 1 as const },
  };
}

/**
 * SCP gives an admin's clone to the admin, even of a tenant's server (seed
 * 4.11.3.15, note 3). So an admin cloning a tenant's server is told so before
 * submit, and may hand the clones to that tenant, on by default.
 */
function cloneExtra(server: ServerLike, session: SessionUser): FormExtra | undefined {
  if (session.role !== 'admin' || !server.project_id || server.project_id === session.projectId) return undefined;
  return {
    notice: { key: 'servers.clone.notice.admin', values: { tenant: server.project_name || server.project_id } },
    fields: [{ name: 'hand_over', labelKey: 'servers.clone.field.handOver', kind: 'checkbox', hintKey: 'servers.clone.hint.handOver' }],
    initial: { hand_over: '1' },
  };
}

/**
 * Hands each clone to `projectId` (分配云主机, seed 4.11.3.14) once the clone
 * task has finished: SCP allocates only a server that exists. Each request
 * has its own client token, kept if the transport retries it.
 */
export function handOverFollowUp(projectId: string, name: string, uuids: readonly string[]): FollowUp {
  return {
    labelKey: 'servers.action.handOver',
    failedKey: 'servers.clone.handOverFailed',
    steps: uuids.map((id, i) => {
      const clientToken = crypto.randomUUID();
      return {
        id, name: uuids.length === 1 ? name : `${name} (${i + 1}/${uuids.length})`,
        start: async () => taskOf(await api.post('/api/servers/:server_id/allocation', { params: { server_id: id }, body: { project_id: projectId }, clientToken })),
      };
    }),
  };
}

/** Clone a server (catalog §4.8.6): checked in the browser with the console API's own schema. The clones' NICs start disconnected. */
export const cloneServer: Action<ServerLike> = {
  id: 'clone',
  labelKey: 'servers.action.clone',
  form: {
    titleKey: 'servers.clone.title',
    fields: cloneFields,
    initial: (s) => ({ name: `${s.name.slice(0, 64)}-clone`, count: '1', power_on: '0', description: '' }),
    extra: cloneExtra,
    check: (values): Record<string, FieldError> => {
      const out: Record<string, FieldError> = {};
      const body = cloneBody(values);
      if (!(body.count >= 1 && body.count <= MAX_CLONES)) out.count = { key: 'forms.error.range', values: { min: 1, max: MAX_CLONES } };
      const parsed = ServerCloneSchema.safeParse(body);
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const field = String(issue.path[0] ?? 'name');
        out[field] ??= field === 'name' && !body.name.trim() ? { key: 'forms.error.required' } : { key: 'forms.error.invalid', values: { detail: issue.message } };
      }
      return out;
    },
  },
  allowed: fromStatuses(USABLE_STATUSES, 'servers.reason.clone'),
  run: async (s, ctx) => {
    const body = cloneBody(ctx.values);
    const answer = await api.post('/api/servers/:server_id/clone', { params: params(s), body, clientToken: ctx.clientToken });
    const uuids = answer.uuids ?? [];
    const handOver = ctx.values?.hand_over === '1' && s.project_id ? handOverFollowUp(s.project_id, body.name, uuids) : undefined;
    return { taskId: answer.task_id || undefined, affects: uuids, followUp: handOver };
  },
};

/** The actions of a server, in menu order: power, clone, then delete; the recycle bin's own for servers in it. */
export function serverActionsFor(server: ServerLike): Action<ServerLike>[] {
  return inRecycleBin(server) ? [restoreServer, purgeServer] : [startServer, stopServer, rebootServer, suspendServer, cloneServer, deleteServer];
}

/** Every server action, bulk-capable ones included. */
export const SERVER_ACTIONS: readonly Action<ServerLike>[] = [startServer, stopServer, rebootServer, suspendServer, cloneServer, deleteServer, restoreServer, purgeServer];
