import { api } from '@/lib/api';
import type { MessageKey } from '@/lib/i18n';
import { ServerPasswordSchema, type Server } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { inRecycleBin, isServerBusy } from './server-status';
import { ALLOWED, refuse, type Action, type ActionContext, type FieldError, type Verdict } from './types';

/*
 * What can be done to a server, with SCP's state rules (catalog §4.8.6) and
 * role rules. Each verdict names its reason so a disabled button can say why.
 */

type ServerLike = Pick<Server, 'id' | 'name' | 'status'>;

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
const batch = (action: 'start' | 'stop' | 'reboot' | 'suspend' | 'soft_delete') => async (servers: ServerLike[], ctx: ActionContext) => {
  await api.post('/api/servers/action', { body: { server_ids: servers.map((s) => s.id), action }, clientToken: ctx.clientToken });
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

/** The actions of a server, in menu order: power, then delete; the recycle bin's own for servers in it. */
export function serverActionsFor(server: ServerLike): Action<ServerLike>[] {
  return inRecycleBin(server) ? [restoreServer, purgeServer] : [startServer, stopServer, rebootServer, suspendServer, deleteServer];
}

/** Every server action, bulk-capable ones included. */
export const SERVER_ACTIONS: readonly Action<ServerLike>[] = [startServer, stopServer, rebootServer, suspendServer, deleteServer, restoreServer, purgeServer];
