import { badRequest, notFound, ScpError } from '../../errors';
import type { RequestContext } from '../../http/context';
import { contains, ipToInt, parseCidr } from '../../state/ip';
import { limitOf, usage } from '../../state/quota';
import { GLOBAL_AZ_ID } from '../../state/store';
import type { FloatingIpPool, FloatingIpPoolSubnet, Project } from '../../state/types';
import { poolSize } from './address-rules';
import { floatingIpsOf, getPool, poolServesAz } from './pool-lookup';

/** What a create request says about where the address should come from. */
export interface AddressRequest {
  floatingip_pool_id?: string;
  line_type?: string;
  subnet_id?: string;
  floating_ip?: string;
  az_ids?: string[];
}

const holds = (s: FloatingIpPoolSubnet, ip: string | undefined) => ip !== undefined && ipToInt(ip) !== undefined && contains(parseCidr(s.cidr)!, ipToInt(ip)!);

function freeIn(ctx: RequestContext, pool: FloatingIpPool): number {
  return poolSize(pool.subnets.flatMap((s) => s.allocation_pools)) - floatingIpsOf(ctx.store, pool.id).length;
}

/** A pool may serve a tenant when it reaches the AZs asked for, or else at least one of the tenant's AZs. */
function servesTenant(pool: FloatingIpPool, project: Project, azIds: string[] | undefined): boolean {
  return azIds?.length ? azIds.every((az) => poolServesAz(pool, az)) : project.az_ids.some((az) => poolServesAz(pool, az));
}

function pick(pools: FloatingIpPool[], match: (p: FloatingIpPool) => boolean, missing: () => ScpError): FloatingIpPool {
  const pool = pools.find(match);
  if (!pool) throw missing();
  return pool;
}

/**
 * Picks the pool (seed L30436): the one named; else the one holding `subnet_id`;
 * else one of the line type (holding `floating_ip`, or with room) serving the tenant;
 * else the one holding `floating_ip`.
 */
export function choosePool(ctx: RequestContext, req: AddressRequest, project: Project): FloatingIpPool {
  const pools = [...ctx.store.floatingIpPools.values()];
  const { floating_ip: ip, line_type: lineType } = req;
  let pool: FloatingIpPool;
  if (req.floatingip_pool_id) pool = getPool(ctx, req.floatingip_pool_id);
  else if (req.subnet_id) pool = pick(pools, (p) => p.subnets.some((s) => s.id === req.subnet_id), () => notFound('floating-IP subnet', req.subnet_id!));
  else if (lineType) {
    if (!ctx.store.lineTypes.has(lineType)) throw notFound('line type', lineType);
    const candidates = pools.filter((p) => p.line_type_id === lineType && servesTenant(p, project, req.az_ids));
    pool = pick(candidates, (p) => (ip ? p.subnets.some((s) => holds(s, ip)) : freeIn(ctx, p) > 0),
      () => badRequest(`no floating-IP pool of line type ${lineType} has ${ip ? `address ${ip}` : 'a free address'} for tenant "${project.name}"`));
  } else if (ip) pool = pick(pools, (p) => p.subnets.some((s) => holds(s, ip)), () => badRequest(`floating_ip ${ip} is not inside any floating-IP pool subnet`));
  else throw badRequest('give floatingip_pool_id or line_type (or subnet_id / floating_ip) to say where the floating IP comes from');
  if (lineType && pool.line_type_id !== lineType) throw badRequest(`pool ${pool.id} is of line type ${pool.line_type_id}, not line_type ${lineType}`);
  if (!servesTenant(pool, project, req.az_ids)) throw badRequest(`floating-IP pool "${pool.name}" (${pool.id}) is not associated with the AZs of tenant "${project.name}"`);
  return pool;
}

/** Takes an address from the pool's subnets through the IPAM; the subnet is the one asked for, the one holding the address, or the first with room. */
export function allocateAddress(ctx: RequestContext, pool: FloatingIpPool, req: AddressRequest): { subnet: FloatingIpPoolSubnet; ip: string } {
  if (!pool.subnets.length) throw badRequest(`floating-IP pool "${pool.name}" (${pool.id}) has no subnet yet; add one with POST /janus/20180725/floatingippools/${pool.id}/subnets`);
  let subnets = pool.subnets;
  if (req.subnet_id) subnets = subnets.filter((s) => s.id === req.subnet_id);
  if (req.floating_ip) subnets = subnets.filter((s) => holds(s, req.floating_ip));
  if (!subnets.length) throw badRequest(`pool ${pool.id} has no subnet${req.subnet_id ? ` ${req.subnet_id}` : ''}${req.floating_ip ? ` holding ${req.floating_ip}` : ''}`);
  for (const subnet of subnets) {
    try {
      return { subnet, ip: ctx.store.ipam.allocate(subnet.id, req.floating_ip) };
    } catch (err) {
      if (!(err instanceof ScpError) || req.floating_ip) throw err;
    }
  }
  throw badRequest(`floating-IP pool "${pool.name}" (${pool.id}) has no free address left`);
}

/**
 * Checks `network/eip_count::{line}` and `network/eip_bandwidth::{line}` (catalog
 * §4.11.6; global AZ id) for tenants that have those rows, and the pool's own total bandwidth.
 */
export function assertEipCapacity(ctx: RequestContext, projectId: string, pool: FloatingIpPool, add: { count: number; kbps: number }): void {
  const used = usage(ctx.store, projectId, GLOBAL_AZ_ID);
  const wanted: [string, number][] = [[`network/eip_count::${pool.line_type_id}`, add.count], [`network/eip_bandwidth::${pool.line_type_id}`, add.kbps]];
  for (const [key, n] of wanted) {
    const limit = limitOf(ctx.store, projectId, GLOBAL_AZ_ID, key);
    const inUse = used[key] ?? 0;
    if (n > 0 && limit >= 0 && inUse + n > limit) throw badRequest(`quota ${key} exceeded: limit ${limit}, in use ${inUse}, requested ${n}`);
  }
  const allocated = floatingIpsOf(ctx.store, pool.id).reduce((sum, f) => sum + f.qos_uplink, 0);
  if (add.kbps > 0 && allocated + add.kbps > pool.qos_uplink) {
    throw badRequest(`floating-IP pool "${pool.name}" has ${pool.qos_uplink - allocated} kbps of its ${pool.qos_uplink} kbps left; ${add.kbps} kbps were requested`);
  }
}
