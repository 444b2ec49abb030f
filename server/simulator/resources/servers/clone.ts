import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { assertQuota } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { isAdmin } from '../../state/scope';
import type { Server } from '../../state/types';
import { storageByTag } from './disks';
import { assertStatus, markOff, markRunning, startServersTask, USABLE, visibleServer } from './lifecycle';
import { serverPaths } from './paths';
import { batchNames, spawnServers } from './spawn';
import { resolveStorage } from './spec-resolve';
import { DescriptionSchema, Flag } from './spec-schema';

/** Documented clone limits (catalog §4.8.6): name 1–70 characters, at most 20 clones. */
const MAX_CLONES = 20;

const CloneSchema = z.looseObject({
  name: z.string().min(1, { error: 'must not be empty' }).max(70, { error: 'must be at most 70 characters' }),
  power_on: Flag,
  count: z.number().int().min(1, { error: 'must be at least 1' }).max(MAX_CLONES, { error: `must be at most ${MAX_CLONES}` }),
  description: DescriptionSchema.optional(),
  storage_tag_id: z.string().optional(),
  compute_location_id: z.string().optional(),
  storage_location: z.string().optional(),
  clone_type: z.enum(['full', 'fast', 'link'], { error: 'must be full, fast or link' }).optional(),
  advance_param: z.looseObject({
    clone_share_disk: Flag.optional(),
    snapshot_id: z.string().optional(),
    return_uuids: Flag.optional(),
  }).optional(),
});
type CloneBody = z.infer<typeof CloneSchema>;

/** Where the clones' disks go: the tag or storage asked for, else the source's system-disk storage. */
function clonePlacement(ctx: RequestContext, source: Server, b: CloneBody) {
  const az = ctx.store.azs.get(source.az_id)!;
  if (b.storage_tag_id || b.storage_location) return resolveStorage(ctx.store, az, b.storage_tag_id, b.storage_location);
  const storage = ctx.store.storages.get(source.disks[0]?.storage_id ?? '');
  if (!storage) throw badRequest(`server ${source.name} has no system-disk storage; pass storage_tag_id`);
  return { storage, tagId: storage.storage_tag_id };
}

function cloneHost(ctx: RequestContext, source: Server, id: string | undefined): string | undefined {
  if (!id || id === 'cluster') return undefined;
  const host = ctx.store.hosts.get(id);
  if (!host || host.az_id !== source.az_id) throw badRequest(`compute_location_id ${id} is neither "cluster" nor a host of the server's AZ`);
  return host.id;
}

/**
 * Clones a server (or one of its snapshots). As the seed says: clones start with
 * their NICs disconnected; a tenant clones only its own servers (404 otherwise);
 * an admin's clones belong to the admin, and the tenant sees the task in its op log.
 */
function cloneServer(ctx: RequestContext) {
  const b = parseBody(CloneSchema, ctx.body);
  const source = visibleServer(ctx, ctx.params.server_id);
  assertStatus(source, USABLE, 'clone');
  const snapshotId = b.advance_param?.snapshot_id;
  if (snapshotId) {
    const snap = ctx.store.snapshots.get(snapshotId);
    if (!snap || snap.server_id !== source.id) throw badRequest(`advance_param.snapshot_id ${snapshotId} is not a snapshot of server ${source.name}`);
  }
  const admin = isAdmin(ctx.principal);
  const projectId = admin ? ctx.principal.projectId : source.project_id;
  const placement = clonePlacement(ctx, source, b);
  const host = cloneHost(ctx, source, b.compute_location_id);
  const disks = source.disks
    .filter((d) => d.type !== 'share_disk' || b.advance_param?.clone_share_disk === 1)
    .map((d) => (d.type === 'share_disk' ? { ...d } : { ...d, storage_id: placement.storage.id, storage_tag_id: placement.tagId }));
  assertQuota(ctx.store, projectId, source.az_id, {
    cores: source.cores * b.count, ram: source.memory_mb * b.count, vm_count: b.count, storage: storageByTag(disks, b.count),
  });
  const clones = spawnServers(ctx, {
    template: {
      description: b.description ?? source.description, projectId, userId: admin ? ctx.principal.user.id : source.user_id,
      azId: source.az_id, imageId: source.image_id, osType: source.os_type, cores: source.cores, sockets: source.sockets,
      memoryMb: source.memory_mb, disks, storageTagId: placement.tagId, status: 'clone',
    },
    names: batchNames(b.name, b.count),
    nics: source.networks.map((n) => ({ vif_id: n.vif_id, subnet_id: '', connect: 0, model: n.model })),
    hotplug: { cpu_hotplug: source.cpu_hotplug, mem_hotplug: source.mem_hotplug },
  });
  if (host) for (const c of clones) c.host_id = host;
  return { b, source, clones };
}

/** POST …/servers/{id}/clone → 201 {task_id, uuids when advance_param.return_uuids is 1}. */
export function serverCloneRoutes(): RouteSpec[] {
  return [{
    method: 'POST', paths: serverPaths(['20180725', '20190725'], '/{server_id}/clone'), roles: ADMIN_AND_TENANT,
    summary: 'clone a server or one of its snapshots (async)',
    handler: (ctx) => {
      const { b, source, clones } = cloneServer(ctx);
      const task = startServersTask(ctx, clones, {
        action: '云主机克隆', transitional: 'clone',
        finish: (s) => (b.power_on === 1 ? markRunning(s) : markOff(s)),
        fail: (s) => (s.status = 'error'),
      }, source.project_id);
      const data: Record<string, unknown> = { task_id: task.id };
      if (b.advance_param?.return_uuids === 1) data.uuids = clones.map((c) => c.id);
      return created(data);
    },
  }];
}
