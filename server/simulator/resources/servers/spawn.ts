import type { RequestContext } from '../../http/context';
import { addServer, createNic, purgeServer, type NicInput, type ServerInput } from '../../state/server-factory';
import type { Server } from '../../state/types';

/** Several servers built from one template: create with `count`, and clone. */
export interface SpawnPlan {
  template: Omit<ServerInput, 'id' | 'name' | 'nics' | 'now'>;
  names: string[];
  /** Caller-chosen ids (`uuids`), else generated. */
  ids?: string[];
  nics: NicInput[];
  hotplug?: { cpu_hotplug?: 0 | 1; mem_hotplug?: 0 | 1 };
}

/**
 * Adds the servers with their NICs, all or nothing: if an address cannot be
 * taken (subnet full, fixed IP gone) every server built so far is removed with
 * its ports and addresses, and the error goes to the caller.
 */
export function spawnServers(ctx: RequestContext, plan: SpawnPlan): Server[] {
  const built: Server[] = [];
  try {
    plan.names.forEach((name, i) => {
      // Each server gets its own disk records, so a later edit of one never touches another.
      const disks = plan.template.disks.map((d) => ({ ...d }));
      const server = addServer(ctx.store, { ...plan.template, disks, id: plan.ids?.[i], name, nics: [], now: ctx.now });
      built.push(server);
      Object.assign(server, { cpu_hotplug: plan.hotplug?.cpu_hotplug ?? 0, mem_hotplug: plan.hotplug?.mem_hotplug ?? 0 });
      for (const nic of plan.nics) server.networks.push(createNic(ctx.store, server, nic, ctx.now));
    });
  } catch (err) {
    for (const s of built) purgeServer(ctx.store, s);
    throw err;
  }
  return built;
}

/** Names for `count` servers: the name itself for one, `name-1`, `name-2`… for several. */
export function batchNames(name: string, count: number): string[] {
  return count === 1 ? [name] : Array.from({ length: count }, (_, i) => `${name}-${i + 1}`);
}
