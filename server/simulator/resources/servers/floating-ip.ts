import { badRequest } from '../../errors';
import type { Store } from '../../state/store';
import { isoTime } from '../../state/time';
import type { FloatingIp, Server } from '../../state/types';
import { poolServesAz } from '../network/pool-lookup';

/** A floating IP a new server may take: the tenant's own, not bound to anything, from a pool serving the AZ. */
export function freeFloatingIp(store: Store, projectId: string, floatingipId: string, azId: string): FloatingIp {
  const fip = store.floatingIps.get(floatingipId);
  if (!fip || fip.project_id !== projectId) throw badRequest(`floatingip.floatingip_id ${floatingipId} does not exist or does not belong to this tenant`);
  if (fip.binding) throw badRequest(`floating IP ${fip.floating_ip} is already bound to ${fip.binding.ip_address} (${fip.binding.device_id}); unbind it first`);
  const pool = store.floatingIpPools.get(fip.floatingip_pool_id);
  if (pool && !poolServesAz(pool, azId)) throw badRequest(`floating IP ${fip.floating_ip} comes from pool "${pool.name}", which does not serve AZ ${azId}`);
  return fip;
}

/**
 * Binds the floating IP to the server's first NIC on a VPC subnet, in the given
 * binding status (`creating` while the server is being built, then `active`).
 */
export function bindFloatingIp(store: Store, fip: FloatingIp, server: Server, status: 'creating' | 'active', now: number): void {
  const nic = server.networks.find((n) => n.subnet_id);
  if (!nic) throw badRequest('floatingip needs a NIC on a VPC subnet (networks[].subnet_id) to bind to');
  fip.binding = {
    bind_type: 'vm', vpc_id: nic.vpc_id, port_id: nic.port_id, ip_address: nic.ip_address, bind_id: store.ids.uuid(), device_id: server.id,
    az_id: server.az_id,
    status, created_at: isoTime(now),
  };
  server.floatingip_id = fip.id;
}

/** Releases the server's floating IP, if it has one. */
export function unbindFloatingIp(store: Store, server: Server): void {
  const fip = server.floatingip_id ? store.floatingIps.get(server.floatingip_id) : undefined;
  if (fip) fip.binding = null;
  server.floatingip_id = '';
}
