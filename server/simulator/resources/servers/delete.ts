import { z } from 'zod';
import { badRequest } from '../../errors';
import { ok, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT, ADMIN_ONLY } from '../../state/roles';
import { purgeServer } from '../../state/server-factory';
import type { Store } from '../../state/store';
import type { Server } from '../../state/types';
import { assertStatus, startServersTask, visibleServer, type ServerOperation } from './lifecycle';
import { serverPaths } from './paths';
import type { PowerAction } from './power';
import { Flag } from './spec-schema';

/**
 * Deletable statuses. The seed says nothing about running servers; as in the
 * SCP console, deleting one powers it off first, inside the delete task.
 */
const DELETABLE = ['running', 'stopped', 'suspend', 'error'] as const;

/**
 * Soft delete: to the recycle bin (in_recycle_bin 1, status `deleted`, powered
 * off). The server keeps its addresses, disks and quota until purged or restored.
 * It shows as `deleting` while the task runs, then only with `status=deleted`.
 */
export const RECYCLE: PowerAction = {
  verb: 'delete', action: '删除云主机', from: DELETABLE, transitional: 'deleting',
  finish: (s) => Object.assign(s, { status: 'deleted', power_state: 'off', powered_on_at: 0, in_recycle_bin: 1 }),
};

/** Permanent delete (force 1): the server, its ports, addresses and snapshots go when the task finishes. */
function purge(store: Store): ServerOperation {
  return { action: '删除云主机', transitional: 'deleting', finish: (s: Server) => purgeServer(store, s) };
}

const DeleteSchema = z.looseObject({ force: Flag.optional() });

/** DELETE (soft or permanent) and restore from the recycle bin. */
export function serverDeleteRoutes(): RouteSpec[] {
  return [
    {
      method: 'DELETE', paths: serverPaths(['20180725'], '/{server_id}'), roles: ADMIN_AND_TENANT,
      summary: 'delete a server: force 0 to the recycle bin, 1 permanently (204 + task_id)',
      handler: (ctx) => {
        const { force } = parseBody(DeleteSchema, ctx.body);
        const server = visibleServer(ctx, ctx.params.server_id);
        if (force === 1) {
          assertStatus(server, [...DELETABLE, 'deleted'], 'delete');
          return { status: 204, data: { task_id: startServersTask(ctx, [server], purge(ctx.store)).id } };
        }
        if (server.in_recycle_bin) throw badRequest(`server ${server.name} (${server.id}) is already in the recycle bin; pass force 1 to delete it permanently`);
        assertStatus(server, RECYCLE.from, RECYCLE.verb);
        return { status: 204, data: { task_id: startServersTask(ctx, [server], RECYCLE).id } };
      },
    },
    {
      method: 'POST', paths: serverPaths(['20180725'], '/{server_id}/restore'), roles: ADMIN_ONLY,
      summary: 'restore a server from the recycle bin (admin; 200 + task_id)',
      handler: (ctx) => {
        const server = visibleServer(ctx, ctx.params.server_id);
        if (!server.in_recycle_bin) throw badRequest(`server ${server.name} (${server.id}) is not in the recycle bin (status ${server.status})`);
        // Back in the list at once, as `recovery`; a failed restore returns it to the bin.
        server.in_recycle_bin = 0;
        const task = startServersTask(ctx, [server], {
          action: '从回收站恢复云主机', transitional: 'recovery',
          finish: (s) => Object.assign(s, { status: 'stopped' }),
          fail: (s) => Object.assign(s, { status: 'deleted', in_recycle_bin: 1 }),
        });
        return ok({ task_id: task.id });
      },
    },
  ];
}
