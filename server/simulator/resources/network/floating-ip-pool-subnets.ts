import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { intToIp, ipToInt, netmaskToPrefix, parseCidr, type Cidr } from '../../state/ip';
import { ADMIN_ONLY } from '../../state/roles';
import { PLATFORM_PROJECT_ID } from '../../state/store';
import { isoTime } from '../../state/time';
import type { FloatingIpPool, FloatingIpPoolSubnet } from '../../state/types';
import {
  checkAllocationPools, checkInUseInside, POOL_SUBNET_RESERVED, refuseEipOverlap, refuseReserved, refuseTenantSubnetOverlap, requireHostIn,
} from './address-rules';
import { floatingIpsOf, getPool, getPoolSubnet, poolPaths } from './pool-lookup';
import { AllocationPoolsSchema, Description, Flag, Name } from './schemas';

const PoolSubnetCreateSchema = z.object({
  name: Name.optional(),
  description: Description.default(''),
  gateway_ip: z.string().min(1),
  shared: Flag.default(1),
  is_visible: Flag.default(1),
  enable_dhcp: Flag.default(0),
  netmask: z.string().min(1),
  allocation_pools: AllocationPoolsSchema,
});

/** The edit table calls the description `desc`; `description` is accepted too. */
const PoolSubnetEditSchema = z.object({
  allocation_pools: AllocationPoolsSchema,
  name: Name.optional(),
  desc: Description.optional(),
  description: Description.optional(),
});

/** List item (catalog §4.11.5). Pool subnets belong to the platform, not to a tenant. */
function renderPoolSubnet(pool: FloatingIpPool, s: FloatingIpPoolSubnet) {
  return {
    id: s.id, name: s.name, status: 'active', is_visible: s.is_visible, floatingip_pool_id: pool.id, project_id: PLATFORM_PROJECT_ID,
    shared: s.shared, ip_version: 4, enable_dhcp: s.enable_dhcp, gateway_ip: s.gateway_ip, netmask: s.netmask, cidr: s.cidr,
    allocation_pools: s.allocation_pools,
  };
}

/** Detail, create and edit add the times, spelled as in the samples (tables: `create_at`). */
function renderPoolSubnetDetail(pool: FloatingIpPool, s: FloatingIpPoolSubnet) {
  return { ...renderPoolSubnet(pool, s), created_at: s.created_at, updated_at: s.updated_at };
}

/** The block that gateway_ip and netmask make together. */
function blockOf(gatewayIp: string, netmask: string): Cidr {
  const prefix = netmaskToPrefix(netmask);
  if (prefix === undefined || prefix < 8 || prefix > 30) throw badRequest(`netmask "${netmask}" must be a contiguous mask from 255.0.0.0 to 255.255.255.252`);
  const gateway = ipToInt(gatewayIp);
  if (gateway === undefined) throw badRequest(`gateway_ip "${gatewayIp}" is not an IPv4 address`);
  const network = (gateway & ((0xffffffff << (32 - prefix)) >>> 0)) >>> 0;
  return parseCidr(`${intToIp(network)}/${prefix}`)!;
}

function createPoolSubnet(ctx: RequestContext) {
  const pool = getPool(ctx, ctx.params.floatingippool_id);
  const body = parseBody(PoolSubnetCreateSchema, ctx.body);
  const c = blockOf(body.gateway_ip, body.netmask);
  requireHostIn(c, 'gateway_ip', body.gateway_ip);
  checkAllocationPools(c, body.gateway_ip, body.allocation_pools);
  refuseReserved(c, POOL_SUBNET_RESERVED);
  refuseEipOverlap(ctx.store, c);
  refuseTenantSubnetOverlap(ctx.store, c);
  const id = ctx.store.ids.uuid();
  const at = isoTime(ctx.now);
  const subnet: FloatingIpPoolSubnet = {
    id, name: body.name ?? id, description: body.description, gateway_ip: body.gateway_ip, netmask: body.netmask, cidr: c.cidr,
    allocation_pools: body.allocation_pools, shared: body.shared, is_visible: body.is_visible, enable_dhcp: body.enable_dhcp, created_at: at, updated_at: at,
  };
  pool.subnets.push(subnet);
  ctx.store.ipam.define(id, subnet.allocation_pools, [subnet.gateway_ip]);
  return created(renderPoolSubnetDetail(pool, subnet));
}

function editPoolSubnet(ctx: RequestContext) {
  const pool = getPool(ctx, ctx.params.floatingippool_id);
  const subnet = getPoolSubnet(pool, ctx.params.floatingip_subnet_id);
  const body = parseBody(PoolSubnetEditSchema, ctx.body);
  checkAllocationPools(parseCidr(subnet.cidr)!, subnet.gateway_ip, body.allocation_pools);
  const held = floatingIpsOf(ctx.store, pool.id, subnet.id).map((f) => ({ ip: f.floating_ip, by: `floating IP ${f.id}` }));
  checkInUseInside(body.allocation_pools, held);
  ctx.store.ipam.define(subnet.id, body.allocation_pools, [subnet.gateway_ip]);
  subnet.allocation_pools = body.allocation_pools;
  if (body.name !== undefined) subnet.name = body.name;
  const description = body.desc ?? body.description;
  if (description !== undefined) subnet.description = description;
  subnet.updated_at = isoTime(ctx.now);
  return ok(renderPoolSubnetDetail(pool, subnet));
}

function deletePoolSubnet(ctx: RequestContext) {
  const pool = getPool(ctx, ctx.params.floatingippool_id);
  const subnet = getPoolSubnet(pool, ctx.params.floatingip_subnet_id);
  const fips = floatingIpsOf(ctx.store, pool.id, subnet.id);
  if (fips.length) throw badRequest(`subnet ${subnet.cidr} (${subnet.id}) has ${fips.length} floating IP(s) in use, e.g. ${fips[0].floating_ip}; delete them first`);
  ctx.store.ipam.drop(subnet.id);
  pool.subnets = pool.subnets.filter((s) => s !== subnet);
  return { status: 204 };
}

/** Floating-IP pool subnet routes (catalog §4.11.5), admin only, on both path spellings. */
export function floatingIpPoolSubnetRoutes(): RouteSpec[] {
  const one = poolPaths('/{floatingippool_id}/subnets/{floatingip_subnet_id}');
  return [
    {
      method: 'GET', paths: poolPaths('/{floatingippool_id}/subnets'), roles: ADMIN_ONLY, summary: 'floating-IP pool subnets ({subnets}, no paging)',
      handler: (ctx) => {
        const pool = getPool(ctx, ctx.params.floatingippool_id);
        return ok({ subnets: pool.subnets.map((s) => renderPoolSubnet(pool, s)) });
      },
    },
    {
      method: 'GET', paths: one, roles: ADMIN_ONLY, summary: 'floating-IP pool subnet detail',
      handler: (ctx) => {
        const pool = getPool(ctx, ctx.params.floatingippool_id);
        return ok(renderPoolSubnetDetail(pool, getPoolSubnet(pool, ctx.params.floatingip_subnet_id)));
      },
    },
    { method: 'POST', paths: poolPaths('/{floatingippool_id}/subnets'), roles: ADMIN_ONLY, summary: 'add a subnet to a floating-IP pool', handler: createPoolSubnet },
    { method: 'PUT', paths: one, roles: ADMIN_ONLY, summary: 'edit a floating-IP pool subnet (pools, name)', handler: editPoolSubnet },
    { method: 'DELETE', paths: one, roles: ADMIN_ONLY, summary: 'delete an unused floating-IP pool subnet', handler: deletePoolSubnet },
  ];
}
