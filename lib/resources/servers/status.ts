import { isMessageKey, type MessageKey } from '@/lib/i18n';
import type { Server } from '@/lib/scp';
import type { StatusModel, StatusTone } from '../core/types';

/*
 * Server statuses (catalog §6.1): their labels, colours, and which ones mean a
 * task is still working on the server.
 */

/** Statuses a task is working through; SCP refuses most operations until it ends. */
export const SERVER_TRANSITIONAL: ReadonlySet<string> = new Set([
  'starting', 'stopping', 'stoping', 'clone', 'backup', 'recovery', 'run_backup', 'resetting', 'suspending', 'updating', 'deleting',
  'snapshotting', 'creating', 'migrate', 'deriving', 'tpl_updating', 'tpl_moving', 'tpl_syncing',
]);

/** Statuses that mean something is wrong with the server. */
const TROUBLE: ReadonlySet<string> = new Set(['error', 'lost', 'paused_io_error', 'tpl_lost', 'offline']);
const WARNING: ReadonlySet<string> = new Set(['alert', 'overdue', 'suspend']);

/** The label key of a server status; undefined for one SCP added after the catalog (shown verbatim). */
export function serverStatusKey(status: string): MessageKey | undefined {
  const key = `servers.status.${status}`;
  return isMessageKey(key) ? key : undefined;
}

/** The badge colour of a server status. */
export function serverStatusTone(status: string): StatusTone {
  if (status === 'running') return 'ok';
  if (SERVER_TRANSITIONAL.has(status)) return 'busy';
  if (TROUBLE.has(status)) return 'bad';
  if (WARNING.has(status)) return 'warn';
  return 'off';
}

/** True while a task works on the server. */
export function isServerBusy(server: Pick<Server, 'status'>): boolean {
  return SERVER_TRANSITIONAL.has(server.status);
}

/** True when the server is in the recycle bin. */
export function inRecycleBin(server: Pick<Server, 'status'>): boolean {
  return server.status === 'deleted';
}

/** The status model of servers for the generic views. */
export const serverStatus: StatusModel<Pick<Server, 'status'>> = {
  of: (server) => server.status,
  labelKey: serverStatusKey,
  tone: serverStatusTone,
  transitional: SERVER_TRANSITIONAL,
};
