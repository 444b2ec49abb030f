import { z } from 'zod';
import {
  ADMIN_TENANT, azs, floatingIpPools, floatingIps, hosts, lineTypes, images, overview, projects, quotas, servers, snapshots, storageTags, subnets, tasks, TaskSchema, Uuid, users, vpcs,
  type ConsoleRole,
} from '@/lib/scp';

/*
 * The console API's one route table: each route is named here once, by its
 * method and path, with the registry entry that gives its roles and its query,
 * body and answer schemas (a list page becoming {items, total, page, pageSize}).
 * A few routes are the console's own. The browser's typed client derives its
 * types from this table, and the BFF builds its allowlist from it
 * (server/bff/routes), adding a total map from route to confinement.
 */

/** `POST /api/tasks/batch`: up to 50 task ids, read through the console's shared task cache. */
export const TaskBatchRequestSchema = z.object({
  ids: z.array(Uuid).min(1, { error: 'must list at least one task id' }).max(50, { error: 'must list at most 50 task ids' }),
});

/** Each task, or why it could not be read. */
export const TaskBatchResponseSchema = z.object({
  tasks: z.record(z.string(), z.union([TaskSchema, z.object({ error: z.object({ code: z.string(), message: z.string() }) })])),
});

/** A route of the console's own (not one SCP operation). */
export interface ConsoleOnlyRoute<B extends z.ZodType | undefined, R extends z.ZodType> {
  name: string;
  summary: string;
  roles: readonly ConsoleRole[];
  query?: undefined;
  body?: B;
  response: R;
}

/** The batch task read, as a console-only route. */
export const tasksBatch: ConsoleOnlyRoute<typeof TaskBatchRequestSchema, typeof TaskBatchResponseSchema> = {
  name: 'tasks.batch', summary: 'several tasks at once', roles: ADMIN_TENANT, body: TaskBatchRequestSchema, response: TaskBatchResponseSchema,
};

/** Every console API route, keyed `METHOD /api/path/:param`. */
export const consoleApi = {
  'GET /api/servers': servers.list,
  'POST /api/servers': servers.create,
  'POST /api/servers/action': servers.batchAction,
  'GET /api/servers/:server_id': servers.detail,
  'PUT /api/servers/:server_id': servers.edit,
  'DELETE /api/servers/:server_id': servers.delete,
  'POST /api/servers/:server_id/restore': servers.restore,
  'POST /api/servers/:server_id/start': servers.start,
  'POST /api/servers/:server_id/stop': servers.stop,
  'POST /api/servers/:server_id/reboot': servers.reboot,
  'POST /api/servers/:server_id/suspend': servers.suspend,
  'POST /api/servers/:server_id/clone': servers.clone,
  'POST /api/servers/:server_id/allocation': servers.allocate,
  'POST /api/servers/:server_id/server-password': servers.resetPassword,
  'POST /api/servers/:server_id/remote-consoles': servers.remoteConsole,
  'GET /api/servers/:server_id/snapshots': snapshots.list,
  'POST /api/servers/:server_id/snapshots': snapshots.create,
  'PUT /api/servers/:server_id/snapshots/:snapshot_id': snapshots.edit,
  'DELETE /api/servers/:server_id/snapshots/:snapshot_id': snapshots.delete,
  'POST /api/servers/:server_id/snapshots/:snapshot_id/recovery': snapshots.recover,
  'GET /api/tasks': tasks.list,
  'POST /api/tasks/batch': tasksBatch,
  'GET /api/tasks/:task_id': tasks.detail,
  'GET /api/images': images.list,
  'POST /api/images': images.create,
  'PUT /api/images/:image_id': images.edit,
  'DELETE /api/images/:image_id': images.delete,
  'PUT /api/images/:image_id/upload': images.upload,
  'GET /api/azs': azs.list,
  'GET /api/azs/:az_id': azs.detail,
  'GET /api/storages/tags': storageTags.list,
  'GET /api/hosts': hosts.list,
  'GET /api/overview': overview.get,
  'GET /api/vpcs': vpcs.list,
  'POST /api/vpcs': vpcs.create,
  'DELETE /api/vpcs/:vpc_id': vpcs.delete,
  'GET /api/subnets': subnets.list,
  'POST /api/subnets': subnets.create,
  'GET /api/subnets/:subnet_id': subnets.detail,
  'PUT /api/subnets/:subnet_id': subnets.edit,
  'DELETE /api/subnets/:subnet_id': subnets.delete,
  'GET /api/floatingips': floatingIps.list,
  'POST /api/floatingips': floatingIps.create,
  'GET /api/floatingips/:floatingip_id': floatingIps.detail,
  'PUT /api/floatingips/:floatingip_id': floatingIps.edit,
  'DELETE /api/floatingips/:floatingip_id': floatingIps.delete,
  'POST /api/floatingips/:floatingip_id/binding': floatingIps.bind,
  'DELETE /api/floatingips/:floatingip_id/unbinding': floatingIps.unbind,
  'GET /api/linetypes': lineTypes.list,
  'GET /api/floatingippools': floatingIpPools.list,
  'GET /api/quotas': quotas.list,
  'POST /api/quotas': quotas.set,
  'GET /api/projects': projects.list,
  'POST /api/projects': projects.create,
  'GET /api/projects/:project_id': projects.detail,
  'PUT /api/projects/:project_id': projects.edit,
  'DELETE /api/projects/:project_id': projects.delete,
  'POST /api/projects/:project_id/azs': projects.associateAzs,
  'DELETE /api/projects/:project_id/azs/:az_id': projects.unassociateAz,
  'GET /api/users': users.list,
} as const;

/** The console API's routes. */
export type ConsoleApi = typeof consoleApi;
/** `METHOD /api/path/:param` of one route. */
export type ConsoleRouteKey = keyof ConsoleApi;
