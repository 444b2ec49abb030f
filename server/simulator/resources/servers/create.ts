import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { assertQuota } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { actingProject, isAdmin } from '../../state/scope';
import type { Image, Server } from '../../state/types';
import { createDisks, storageByTag } from './disks';
import { bindFloatingIp, freeFloatingIp, unbindFloatingIp } from './floating-ip';
import { markOff, markRunning, startServersTask } from './lifecycle';
import { serverPaths } from './paths';
import { batchNames, spawnServers } from './spawn';
import { assertCpuShape, resolveAz, resolveImage, resolveNics, resolveStorage, resolveUser } from './spec-resolve';
import { DescriptionSchema, DiskSchema, Flag, HotplugSchema, NameSchema, NicSchema } from './spec-schema';

/**
 * How many servers one request may create. The seed gives no maximum for
 * create's `count`; the simulator uses clone's documented limit (≤ 20).
 */
const MAX_CREATE_COUNT = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CreateSchema = z.looseObject({
  name: NameSchema,
  cores: z.number().int().min(1, { error: 'must be at least 1' }),
  sockets: z.number().int().min(1, { error: 'must be at least 1' }),
  memory_mb: z.number().int().min(1, { error: 'must be at least 1 MB' }),
  disks: z.array(DiskSchema).min(1, { error: 'must contain at least the system disk ide0' }),
  networks: z.array(NicSchema),
  image_id: z.string().min(1),
  az_id: z.string().min(1),
  description: DescriptionSchema.optional(),
  count: z.number().int().min(1).max(MAX_CREATE_COUNT, { error: `must be at most ${MAX_CREATE_COUNT}` }).optional(),
  uuids: z.array(z.string().regex(UUID, { error: 'must be a uuid' })).optional(),
  storage_tag_id: z.string().optional(),
  storage_id: z.string().optional(),
  location: z.looseObject({ id: z.string() }).optional(),
  power_on: Flag.optional(),
  advance_param: HotplugSchema.optional(),
  password: z.string().optional(),
  floatingip: z.looseObject({ floatingip_id: z.string().optional() }).optional(),
  hostname: z.string().max(99, { error: 'must be shorter than 100 characters' }).optional(),
  hostname_index: z.number().int().min(0).max(9999, { error: 'must be at most 9999' }).optional(),
  lifespan: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, { error: 'must look like 2021-10-25 23:59:59' }).optional(),
  type: z.literal('vm', { error: 'must be vm (other VM types are created by their own services)' }).optional(),
  project_id: z.string().optional(),
  user_id: z.string().optional(),
});
type CreateBody = z.infer<typeof CreateSchema>;

/** The password only matters for aCloud images (ISO installs set their own); it must decrypt, and is never kept. */
function checkPassword(ctx: RequestContext, password: string | undefined, image: Image): void {
  if (password === undefined || image.disk_format === 'ISO') return;
  if (ctx.rsa.decryptHex(password, 'password') === '') throw badRequest('password must not be empty');
}

function checkCount(b: CreateBody, store: RequestContext['store']): number {
  const count = b.count ?? 1;
  if (!b.uuids) return count;
  if (b.uuids.length !== count) throw badRequest(`uuids has ${b.uuids.length} entries but count is ${count}; they must match`);
  if (new Set(b.uuids).size !== count) throw badRequest('uuids must not repeat an id');
  const taken = b.uuids.find((id) => store.servers.has(id));
  if (taken) throw badRequest(`uuids: a server with id ${taken} already exists`);
  return count;
}

/** Where the server runs: `cluster` (any host) or a host of the AZ. */
function pinnedHost(ctx: RequestContext, b: CreateBody): string | undefined {
  const id = b.location?.id;
  if (!id || id === 'cluster') return undefined;
  const host = ctx.store.hosts.get(id);
  if (!host || host.az_id !== b.az_id) throw badRequest(`location.id ${id} is neither "cluster" nor a host of AZ ${b.az_id}`);
  return host.id;
}

function createServers(ctx: RequestContext) {
  const b = parseBody(CreateSchema, ctx.body);
  const { store } = ctx;
  if (isAdmin(ctx.principal) && b.project_id && !store.projects.has(b.project_id)) throw badRequest(`project_id ${b.project_id} does not exist`);
  const projectId = actingProject(ctx.principal, b.project_id);
  const userId = resolveUser(ctx, projectId, b.user_id);
  assertCpuShape(b.cores, b.sockets);
  const az = resolveAz(store, projectId, b.az_id);
  const image = resolveImage(ctx, projectId, b.image_id, az);
  const placement = resolveStorage(store, az, b.storage_tag_id, b.storage_id);
  const disks = createDisks(b.disks, image, placement);
  const count = checkCount(b, store);
  const nics = resolveNics(store, projectId, az, b.networks, count);
  checkPassword(ctx, b.password, image);
  const host = pinnedHost(ctx, b);
  const fipId = b.floatingip?.floatingip_id;
  if (b.floatingip && !fipId) throw badRequest('floatingip.floatingip_id is required: allocate a floating IP first, then bind it here');
  if (fipId && count > 1) throw badRequest(`floatingip binds one address, so count must be 1 (got ${count})`);
  const fip = fipId ? freeFloatingIp(store, projectId, fipId, az.id) : undefined;
  if (fip && !nics.some((n) => n.subnet_id)) throw badRequest('floatingip needs a NIC on a VPC subnet (networks[].subnet_id) to bind to');
  assertQuota(store, projectId, az.id, {
    cores: b.cores * count, ram: b.memory_mb * count, vm_count: count, storage: storageByTag(disks, count),
  });
  const servers = spawnServers(ctx, {
    template: {
      description: b.description, projectId, userId, azId: az.id, imageId: image.id, osType: image.os_type, cores: b.cores,
      sockets: b.sockets, memoryMb: b.memory_mb, disks, storageTagId: placement.tagId, status: 'creating',
    },
    names: batchNames(b.name, count), ids: b.uuids, nics, hotplug: b.advance_param,
  });
  if (host) for (const s of servers) s.host_id = host;
  if (fip) bindFloatingIp(store, fip, servers[0], 'creating', ctx.now);
  return { servers, powerOn: b.power_on === 1 };
}

/** POST /servers: validates everything up front, then builds the servers in `creating` behind one (batch) task. */
export function serverCreateRoutes(): RouteSpec[] {
  return [{
    method: 'POST', paths: serverPaths(['20180725', '20190725', '20200725', '20210725']), roles: ADMIN_AND_TENANT,
    summary: 'create servers (async; uuids returned at once)',
    handler: (ctx) => {
      const { servers, powerOn } = createServers(ctx);
      const task = startServersTask(ctx, servers, {
        action: '创建云主机', transitional: 'creating',
        finish: (s: Server) => {
          if (powerOn) markRunning(s);
          else markOff(s);
          const fip = s.floatingip_id ? ctx.store.floatingIps.get(s.floatingip_id) : undefined;
          if (fip?.binding) fip.binding.status = 'active';
        },
        fail: (s: Server) => {
          unbindFloatingIp(ctx.store, s);
          s.status = 'error';
        },
      });
      return created({ task_id: task.id, uuids: servers.map((s) => s.id) });
    },
  }];
}
