import { z } from 'zod';
import { badRequest } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { assertQuota } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { releaseNic } from '../../state/server-factory';
import type { Server } from '../../state/types';
import { checkHardDeletes, editDisks, storageByTag } from './disks';
import { assertStatus, startServersTask, USABLE, visibleServer } from './lifecycle';
import { planNics } from './nics-edit';
import { serverPaths } from './paths';
import { assertCpuShape } from './spec-resolve';
import { DescriptionSchema, DiskSchema, HotplugSchema, NameSchema, NicSchema } from './spec-schema';

const EditSchema = z.looseObject({
  name: NameSchema.optional(),
  description: DescriptionSchema.optional(),
  cores: z.number().int().min(1, { error: 'must be at least 1' }).optional(),
  sockets: z.number().int().min(1, { error: 'must be at least 1' }).optional(),
  memory_mb: z.number().int().min(1, { error: 'must be at least 1 MB' }).optional(),
  os_type: z.string().min(1).optional(),
  disks: z.array(DiskSchema).min(1, { error: 'must contain at least the system disk' }).optional(),
  hard_delete_disks: z.array(z.union([z.string(), z.number().int()])).optional(),
  networks: z.array(NicSchema).optional(),
  advance_param: HotplugSchema.optional(),
});
type EditBody = z.infer<typeof EditSchema>;

/**
 * CPU and memory may change while the server is stopped. While it runs, only
 * with hot-plug on for that resource, and hot-plug only adds. Hot-plug itself
 * may only be switched while stopped.
 */
function checkResize(server: Server, b: EditBody): void {
  if (server.status === 'stopped') return;
  const state = `server ${server.name} is ${server.status}`;
  const hp = b.advance_param ?? {};
  if ((hp.cpu_hotplug ?? server.cpu_hotplug) !== server.cpu_hotplug || (hp.mem_hotplug ?? server.mem_hotplug) !== server.mem_hotplug) {
    throw badRequest(`${state}; advance_param.cpu_hotplug / mem_hotplug can only be changed while it is stopped`);
  }
  const cpu = (b.cores !== undefined && b.cores !== server.cores) || (b.sockets !== undefined && b.sockets !== server.sockets);
  if (cpu) {
    if (server.status !== 'running') throw badRequest(`${state}; stop it before changing cores/sockets`);
    if (!server.cpu_hotplug) throw badRequest(`${state} and CPU hot-plug is off (advance_param.cpu_hotplug 0); stop it before changing cores/sockets`);
    if ((b.cores ?? server.cores) < server.cores || (b.sockets ?? server.sockets) < server.sockets) {
      throw badRequest(`${state}; CPU hot-plug can only add cores (${server.cores} → ${b.cores ?? server.cores}); stop it to reduce them`);
    }
  }
  if (b.memory_mb !== undefined && b.memory_mb !== server.memory_mb) {
    if (server.status !== 'running') throw badRequest(`${state}; stop it before changing memory_mb`);
    if (!server.mem_hotplug) throw badRequest(`${state} and memory hot-plug is off (advance_param.mem_hotplug 0); stop it before changing memory_mb`);
    if (b.memory_mb < server.memory_mb) throw badRequest(`${state}; memory hot-plug can only add memory (${server.memory_mb} → ${b.memory_mb} MB); stop it to reduce it`);
  }
}

/** Quota for what the edit adds: more cores, memory, or storage on a tag. */
function checkQuota(ctx: RequestContext, server: Server, b: EditBody, disks: Server['disks']): void {
  const before = storageByTag(server.disks);
  const after = storageByTag(disks);
  const storage = Object.fromEntries(Object.entries(after).map(([tag, mb]) => [tag, mb - (before[tag] ?? 0)]));
  assertQuota(ctx.store, server.project_id, server.az_id, {
    cores: (b.cores ?? server.cores) - server.cores, ram: (b.memory_mb ?? server.memory_mb) - server.memory_mb, storage,
  });
}

/** PUT /servers/{id} → 200 {task_id}: a partial update that lands when the task finishes (status `updating`). */
export function serverEditRoutes(): RouteSpec[] {
  return [{
    method: 'PUT', paths: serverPaths(['20180725', '20200725', '20210725'], '/{server_id}'), roles: ADMIN_AND_TENANT,
    summary: 'edit a server: name, CPU/memory, disks, NICs (async)',
    handler: (ctx) => {
      const b = parseBody(EditSchema, ctx.body);
      const server = visibleServer(ctx, ctx.params.server_id);
      assertStatus(server, USABLE, 'edit');
      assertCpuShape(b.cores ?? server.cores, b.sockets ?? server.sockets);
      checkResize(server, b);
      const system = server.disks[0];
      const placement = { storage: ctx.store.storages.get(system?.storage_id ?? '')!, tagId: server.storage_tag_id };
      if (b.disks && !placement.storage) throw badRequest(`server ${server.name} has no system-disk storage to put new disks on`);
      const disks = b.disks ? editDisks(ctx, server, b.disks, placement) : server.disks;
      checkHardDeletes(server, disks, b.hard_delete_disks ?? []);
      checkQuota(ctx, server, b, disks);
      const nics = b.networks ? planNics(ctx, server, b.networks) : undefined;
      const changes: Partial<Server> = {
        name: b.name ?? server.name, description: b.description ?? server.description, cores: b.cores ?? server.cores,
        sockets: b.sockets ?? server.sockets, memory_mb: b.memory_mb ?? server.memory_mb, os_type: b.os_type ?? server.os_type, disks,
        cpu_hotplug: b.advance_param?.cpu_hotplug ?? server.cpu_hotplug, mem_hotplug: b.advance_param?.mem_hotplug ?? server.mem_hotplug,
      };
      const previous = server.status;
      const task = startServersTask(ctx, [server], {
        action: '编辑云主机', transitional: 'updating',
        finish: (s) => {
          Object.assign(s, changes, { status: previous });
          if (nics) {
            for (const nic of nics.removed) releaseNic(ctx.store, nic);
            s.networks = nics.next;
          }
        },
        fail: (s) => {
          if (nics) for (const nic of nics.added) releaseNic(ctx.store, nic);
          s.status = previous;
        },
      });
      return ok({ task_id: task.id });
    },
  }];
}
