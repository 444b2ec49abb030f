import { badRequest } from '../../errors';
import type { RequestContext } from '../../http/context';
import { getVisible } from '../../state/scope';
import type { Server, ServerStatus } from '../../state/types';
import type { Task } from '../../tasks/engine';
import { startBatchTask, startTask, type CallerTaskSpec } from '../../tasks/start';

/** The server, or 404 when it is missing or another tenant's. */
export function visibleServer(ctx: RequestContext, id: string): Server {
  return getVisible(ctx.principal, ctx.store.servers, id, 'server');
}

/** Statuses a server may rest in; any other status means a task is working on it. */
const SETTLED: readonly ServerStatus[] = ['running', 'stopped', 'suspend', 'error', 'deleted'];
/** A server that is powered and usable (in SCP's sense): running, stopped or suspended. */
export const USABLE: readonly ServerStatus[] = ['running', 'stopped', 'suspend'];

/**
 * Refuses an operation the server's status does not allow. SCP documents only
 * 400/403/404/500 for these endpoints, so this is a 400 naming the status.
 */
export function assertStatus(server: Server, allowed: readonly ServerStatus[], operation: string): void {
  if (allowed.includes(server.status)) return;
  const busy = !SETTLED.includes(server.status) ? ' (a task is still working on it)' : '';
  throw badRequest(
    `cannot ${operation} server ${server.name} (${server.id}): its status is ${server.status}${busy}; ${operation} needs status ${allowed.join(' or ')}`,
  );
}

/** One operation on one server: what the op log calls it and how the server's state follows the task. */
export interface ServerOperation {
  /** The op-log action, in SCP's Chinese (e.g. 启动云主机). */
  action: string;
  /** Status while the task runs (catalog §7). */
  transitional: ServerStatus;
  /** Final state, applied when the task finishes. */
  finish: (server: Server) => void;
  /** Undo when the task fails; by default the server returns to the status it had. */
  fail?: (server: Server) => void;
}

/**
 * A task spec for an operation on a server. The transitional status is set now;
 * the task's project is the server's, so its tenant sees admin actions in the op log.
 */
function serverTaskSpec(server: Server, op: ServerOperation): CallerTaskSpec {
  const before = server.status;
  server.status = op.transitional;
  return {
    action: op.action, objectType: '云主机', objectId: server.id, objectName: server.name, azId: server.az_id, projectId: server.project_id,
    onFinish: () => op.finish(server),
    onFailure: () => (op.fail ? op.fail(server) : (server.status = before)),
  };
}

/** Powered on now (uptime counts from here). */
export function markRunning(server: Server): void {
  Object.assign(server, { status: 'running', power_state: 'on', powered_on_at: Date.now() });
}

/** Powered off, or suspended (SCP reports a suspended server as not running: power_state off, as the seed does). */
export function markOff(server: Server, status: 'stopped' | 'suspend' = 'stopped'): void {
  Object.assign(server, { status, power_state: 'off', powered_on_at: 0 });
}

/**
 * Starts the task of an operation on one or several servers: one task for one
 * server, else a batch task with a sub-task per server (catalog §7). The task
 * belongs to the (first) server's project unless `projectId` says otherwise.
 */
export function startServersTask(ctx: RequestContext, servers: Server[], op: ServerOperation, projectId?: string): Task {
  const first = servers[0];
  const project = projectId ?? first.project_id;
  if (servers.length === 1) return startTask(ctx, { ...serverTaskSpec(first, op), projectId: project });
  return startBatchTask(ctx, { action: op.action, objectType: '云主机', azId: first.az_id, projectId: project }, servers.map((s) => serverTaskSpec(s, op)));
}
