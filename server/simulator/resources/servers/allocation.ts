import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { assertQuota } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { actingProject } from '../../state/scope';
import type { Server } from '../../state/types';
import { storageByTag } from './disks';
import { assertStatus, startServersTask, USABLE, visibleServer } from './lifecycle';
import { serverPaths } from './paths';
import { resolveAz, resolveUser } from './spec-resolve';

const AllocationSchema = z.looseObject({ project_id: z.string().min(1, { error: 'is required' }), user_id: z.string().optional() });

/**
 * A server moving to another tenant must not hold that tenant's strangers: NICs
 * on the old tenant's VPC subnets or its floating IP would cross tenants.
 */
function assertPortable(server: Server, projectId: string): void {
  if (server.project_id === projectId) return;
  const nic = server.networks.find((n) => n.subnet_id);
  if (nic) throw badRequest(`server ${server.name}'s NIC ${nic.vif_id} is on subnet ${nic.subnet_id} of its current tenant; disconnect it (PUT servers) before allocating the server to project ${projectId}`);
  if (server.floatingip_id) throw badRequest(`server ${server.name} has floating IP ${server.floatingip_id} bound; unbind it before allocating the server to project ${projectId}`);
}

/**
 * Allocation (分配云主机): platform → tenant, platform → user, tenant → user.
 * A tenant may only hand its own servers to its own users (403 for another project).
 */
function allocate(ctx: RequestContext) {
  const b = parseBody(AllocationSchema, ctx.body);
  const server = visibleServer(ctx, ctx.params.server_id);
  assertStatus(server, USABLE, 'allocate');
  const projectId = actingProject(ctx.principal, b.project_id);
  if (!ctx.store.projects.has(projectId)) throw badRequest(`project_id ${projectId} does not exist`);
  resolveAz(ctx.store, projectId, server.az_id);
  const userId = b.user_id ? resolveUser(ctx, projectId, b.user_id) : ctx.store.projects.get(projectId)!.admin_user_id;
  assertPortable(server, projectId);
  if (server.project_id !== projectId) {
    assertQuota(ctx.store, projectId, server.az_id, { cores: server.cores, ram: server.memory_mb, vm_count: 1, storage: storageByTag(server.disks) });
  }
  const previous = server.status;
  return startServersTask(ctx, [server], {
    action: '分配云主机', transitional: 'updating',
    finish: (s) => Object.assign(s, { project_id: projectId, user_id: userId, status: previous }),
  }, projectId);
}

/** POST …/servers/{id}/allocation (2018, 2019) → 201 {task_id}. */
export function serverAllocationRoutes(): RouteSpec[] {
  return [{
    method: 'POST', paths: serverPaths(['20180725', '20190725'], '/{server_id}/allocation'), roles: ADMIN_AND_TENANT,
    summary: 'allocate a server to a tenant or user (async)',
    handler: (ctx) => created({ task_id: allocate(ctx).id }),
  }];
}
