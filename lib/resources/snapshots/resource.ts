import { api } from '@/lib/api';
import { isMessageKey } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, SnapshotEditSchema, type Snapshot } from '@/lib/scp';
import { ALLOWED, refuse, type Action, type Column, type FieldError, type FormField, type ResourceDeclaration, type StatusModel, type Verdict } from '../core/types';
import { snapshotKind } from './kind';

/*
 * Server snapshots (catalog §4.8.7), declared once: columns, statuses, the
 * limit, and what can be done to one. They live under their server, so each
 * action takes the server id with the snapshot.
 */

/** A snapshot with the server it belongs to. */
export type ServerSnapshot = Snapshot & { server_id: string };

/** Snapshot statuses while a task works on one. */
const SNAPSHOT_TRANSITIONAL: ReadonlySet<string> = new Set(['creating', 'deleting']);

/** Snapshot statuses: `normal` when settled. */
export const snapshotStatus: StatusModel<Pick<Snapshot, 'status'>> = {
  of: (s) => s.status ?? 'normal',
  labelKey: (status) => {
    const key = `servers.snapshot.status.${status}`;
    return isMessageKey(key) ? key : undefined;
  },
  tone: (status) => (SNAPSHOT_TRANSITIONAL.has(status) ? 'busy' : status === 'normal' ? 'ok' : 'bad'),
  transitional: SNAPSHOT_TRANSITIONAL,
};

/** Query options of a server's snapshots (one page of 100: a server keeps a few). */
export function snapshotsQuery(serverId: string) {
  return {
    queryKey: queryKeys.servers.snapshots(serverId),
    queryFn: async ({ signal }: { signal: AbortSignal }) => {
      const page = await api.get('/api/servers/:server_id/snapshots', { params: { server_id: serverId }, query: { pageSize: MAX_PAGE_SIZE }, signal });
      return page.items.map((s): ServerSnapshot => ({ ...s, server_id: serverId }));
    },
  };
}

/** The snapshot table's columns. */
export const snapshotColumns: readonly Column<ServerSnapshot>[] = [
  { id: 'name', labelKey: 'servers.snapshot.column.name', required: true, cell: (s) => ({ kind: 'text', text: s.name }) },
  { id: 'status', labelKey: 'servers.snapshot.column.status', cell: (s) => ({ kind: 'status', status: s.status ?? 'normal' }) },
  {
    id: 'latest', labelKey: 'servers.snapshot.column.latest',
    cell: (s) => ({ kind: 'message', key: s.is_latest === 1 ? 'servers.snapshot.latest.yes' : 'servers.snapshot.latest.no' }),
  },
  { id: 'created', labelKey: 'servers.snapshot.column.created', cell: (s) => ({ kind: 'datetime', value: s.created_at }) },
  { id: 'description', labelKey: 'servers.snapshot.column.description', cell: (s) => ({ kind: 'text', text: s.description }) },
];

/** The name (and description) form of create and rename. */
export const snapshotFields: readonly FormField[] = [
  { name: 'name', labelKey: 'servers.snapshot.field.name', kind: 'text' },
  { name: 'description', labelKey: 'servers.snapshot.field.description', kind: 'textarea' },
];


/** Whether another snapshot may be taken of a server with `count` snapshots in `status`, in a pool whose limit is `limit` (see snapshotLimit). */
export function canSnapshot(status: string, count: number, limit?: number): Verdict {
  if (limit !== undefined && count >= limit) return refuse('quota', 'servers.snapshot.reason.limit', { max: limit });
  if (!['running', 'stopped', 'suspend'].includes(status)) return refuse('state', 'servers.snapshot.reason.serverBusy');
  return ALLOWED;
}

const settled = (s: ServerSnapshot): Verdict => ((s.status ?? 'normal') === 'normal' ? ALLOWED : refuse('state', 'servers.snapshot.reason.busy'));
const ids = (s: ServerSnapshot) => ({ server_id: s.server_id, snapshot_id: s.id });

/** Return the server to the snapshot's state (no backup snapshot first; the server stays off). */
export const recoverSnapshot: Action<ServerSnapshot> = {
  id: 'recover',
  labelKey: 'servers.snapshot.action.recover',
  confirm: { titleKey: 'servers.snapshot.confirm.recover.title', bodyKey: 'servers.snapshot.confirm.recover.body', danger: true },
  allowed: settled,
  run: async (s, ctx) => {
    const answer = await api.post('/api/servers/:server_id/snapshots/:snapshot_id/recovery', { params: ids(s), body: { backup: 0 }, clientToken: ctx.clientToken });
    return { taskId: answer.task_id, affects: [s.server_id] };
  },
};

/** Delete a snapshot (protected ones first need protection off). */
export const deleteSnapshot: Action<ServerSnapshot> = {
  id: 'delete',
  labelKey: 'servers.snapshot.action.delete',
  confirm: { titleKey: 'servers.snapshot.confirm.delete.title', bodyKey: 'servers.snapshot.confirm.delete.body', danger: true },
  allowed: (s) => (s.is_protected === 1 ? refuse('state', 'servers.snapshot.reason.protected') : settled(s)),
  run: async (s, ctx) => {
    const answer = await api.delete('/api/servers/:server_id/snapshots/:snapshot_id', { params: ids(s), clientToken: ctx.clientToken });
    return { taskId: answer?.task_id };
  },
};

/** Checks a snapshot form with the console API's own schema (name required, ≤ 90, not "current"). */
function checkName(values: Record<string, string>): Record<string, FieldError> {
  const parsed = SnapshotEditSchema.safeParse({ name: values.name ?? '', description: values.description || undefined });
  if (parsed.success) return {};
  const out: Record<string, FieldError> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'name');
    out[field] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return out;
}

/** Rename a snapshot (SCP wants the name on every edit). */
export const renameSnapshot: Action<ServerSnapshot> = {
  id: 'rename',
  labelKey: 'servers.snapshot.action.rename',
  form: {
    titleKey: 'servers.snapshot.rename.title',
    fields: snapshotFields,
    initial: (s) => ({ name: s.name, description: s.description ?? '' }),
    check: checkName,
  },
  allowed: settled,
  run: async (s, ctx) => {
    const body = { name: (ctx.values?.name ?? s.name).trim(), description: ctx.values?.description || undefined };
    const answer = await api.put('/api/servers/:server_id/snapshots/:snapshot_id', { params: ids(s), body, clientToken: ctx.clientToken });
    return { taskId: answer.task_id };
  },
};

/** The actions of a snapshot, in menu order. */
export const SNAPSHOT_ACTIONS: readonly Action<ServerSnapshot>[] = [renameSnapshot, recoverSnapshot, deleteSnapshot];

/** Take a snapshot of a server that has `count` already, in a pool with that `limit` (the form asks for its name). */
export function takeSnapshot(count: number, limit?: number): Action<{ id: string; name: string; status: string }> {
  return {
    id: 'snapshot',
    labelKey: 'servers.snapshot.action.create',
    form: { titleKey: 'servers.snapshot.create.title', fields: snapshotFields, initial: () => ({ name: '', description: '' }), check: checkName },
    allowed: (server) => canSnapshot(server.status, count, limit),
    run: async (server, ctx) => {
      const body = { name: (ctx.values?.name ?? '').trim(), description: ctx.values?.description || undefined };
      const answer = await api.post('/api/servers/:server_id/snapshots', { params: { server_id: server.id }, body, clientToken: ctx.clientToken });
      return { taskId: answer.task_id };
    },
  };
}

/** Snapshots of one server for the generic table (the query names the server). */
export const snapshotResource: ResourceDeclaration<ServerSnapshot> = {
  ...snapshotKind,
  rowKey: (s) => s.id,
  nameOf: (s) => s.name,
  list: {
    all: queryKeys.servers.all,
    key: (query) => queryKeys.servers.snapshots(String(query.server_id)),
    fetch: async (query, signal) => {
      const items = await snapshotsQuery(String(query.server_id)).queryFn({ signal });
      return { items, total: items.length, page: 1, pageSize: MAX_PAGE_SIZE };
    },
  },
  columns: snapshotColumns,
  filters: [],
  status: snapshotStatus,
  actions: SNAPSHOT_ACTIONS,
};
