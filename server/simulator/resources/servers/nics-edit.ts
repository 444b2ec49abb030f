import { badRequest } from '../../errors';
import type { RequestContext } from '../../http/context';
import { createNic, releaseNic } from '../../state/server-factory';
import type { Server, ServerNic } from '../../state/types';
import { resolveNics } from './spec-resolve';
import type { NicRequest } from './spec-schema';

/** The NIC plan of an edit: the new list, NICs created for it now, NICs to release when the edit lands. */
export interface NicPlan {
  next: ServerNic[];
  added: ServerNic[];
  removed: ServerNic[];
}

/** Same network and (if one was asked for) same address: the NIC stays, with its port and IP. */
function unchangedNetwork(old: ServerNic, n: NicRequest): boolean {
  return (n.subnet_id ?? '') === old.subnet_id && (!n.ip_info || n.ip_info.ip_address === old.ip_address) && !n.device_id;
}

/**
 * Plans a change of NICs from the full desired list (keyed by vif_id). New or
 * moved NICs take their addresses and ports now, so a conflict is a 400 at
 * once; old ones are released only when the edit task finishes. A NIC that
 * carries the server's floating IP may not move or go.
 */
export function planNics(ctx: RequestContext, server: Server, requested: NicRequest[]): NicPlan {
  const az = ctx.store.azs.get(server.az_id)!;
  const vifs = requested.map((n) => n.vif_id);
  const twice = vifs.find((v, i) => vifs.indexOf(v) !== i);
  if (twice) throw badRequest(`networks: vif_id ${twice} is used twice`);
  const current = new Map(server.networks.map((n) => [n.vif_id, n]));
  const kept = new Set<ServerNic>();
  const toCreate: { index: number; request: NicRequest }[] = [];
  const next: (ServerNic | undefined)[] = requested.map((n, index) => {
    const old = current.get(n.vif_id);
    if (old && unchangedNetwork(old, n)) {
      kept.add(old);
      return { ...old, connect: n.connect, model: n.model ?? old.model };
    }
    toCreate.push({ index, request: n });
    return undefined;
  });
  const removed = server.networks.filter((n) => !kept.has(n));
  const fipPort = server.floatingip_id ? ctx.store.floatingIps.get(server.floatingip_id)?.binding?.port_id : undefined;
  const lost = removed.find((n) => n.port_id && n.port_id === fipPort);
  if (lost) throw badRequest(`networks: NIC ${lost.vif_id} carries the server's floating IP; unbind it before moving or removing the NIC`);
  const inputs = resolveNics(ctx.store, server.project_id, az, toCreate.map((t) => t.request), 1);
  const added: ServerNic[] = [];
  try {
    toCreate.forEach(({ index }, k) => {
      const nic = createNic(ctx.store, server, inputs[k], ctx.now);
      added.push(nic);
      next[index] = nic;
    });
  } catch (err) {
    for (const nic of added) releaseNic(ctx.store, nic);
    throw err;
  }
  return { next: next as ServerNic[], added, removed };
}
