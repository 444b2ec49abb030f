import { notFound } from '../../errors';
import type { RequestContext } from '../../http/context';
import type { Store } from '../../state/store';
import type { FloatingIp, FloatingIpPool, FloatingIpPoolSubnet } from '../../state/types';

/**
 * The document spells the pool collection both `floatingipools` and
 * `floatingippools`, even within one endpoint (catalog §9.1). Every pool route
 * answers on both, so a client copying either spelling works.
 */
export function poolPaths(suffix = ''): string[] {
  return ['floatingippools', 'floatingipools'].map((c) => `/janus/20180725/${c}${suffix}`);
}

/** A pool by id, or 404. Pools are admin-only, so no tenant scoping here. */
export function getPool(ctx: RequestContext, id: string): FloatingIpPool {
  const pool = ctx.store.floatingIpPools.get(id);
  if (!pool) throw notFound('floating-IP pool', id);
  return pool;
}

/** A pool's subnet by id, or 404. */
export function getPoolSubnet(pool: FloatingIpPool, id: string): FloatingIpPoolSubnet {
  const subnet = pool.subnets.find((s) => s.id === id);
  if (!subnet) throw notFound(`subnet of floating-IP pool ${pool.id}:`, id);
  return subnet;
}

/** A global pool serves every AZ; otherwise only those listed. */
export function poolServesAz(pool: FloatingIpPool, azId: string): boolean {
  return pool.is_global === 1 || pool.az_ids.includes(azId);
}

/** Floating IPs allocated from a pool (or from one of its subnets). */
export function floatingIpsOf(store: Store, poolId: string, subnetId?: string): FloatingIp[] {
  return [...store.floatingIps.values()].filter((f) => f.floatingip_pool_id === poolId && (!subnetId || f.subnet_id === subnetId));
}
