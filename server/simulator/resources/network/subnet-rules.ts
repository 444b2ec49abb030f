import { badRequest, conflict } from '../../errors';
import type { RequestContext } from '../../http/context';
import { overlaps, parseCidr, type Cidr } from '../../state/ip';
import type { Vpc } from '../../state/types';
import { checkAllocationPools, NFV_RESERVED, refuseEipOverlap, refuseReserved, requireCidr, requireHostIn } from './address-rules';
import type { AllocationPools } from './schemas';

/** "一个租户最多能够创建 20 个子网" (seed L27021). Only the tenant's own, visible subnets count. */
export const MAX_SUBNETS_PER_TENANT = 20;

/** Refuses a 21st subnet for a tenant, naming the limit. */
export function assertSubnetLimit(ctx: RequestContext, projectId: string): void {
  const count = [...ctx.store.subnets.values()].filter((s) => s.project_id === projectId && s.is_visible === 1).length;
  if (count >= MAX_SUBNETS_PER_TENANT) {
    const name = ctx.store.projects.get(projectId)?.name ?? projectId;
    throw badRequest(`tenant "${name}" already has ${count} subnets; a tenant may have at most ${MAX_SUBNETS_PER_TENANT} subnets`);
  }
}

/** Subnet names are unique within a VPC; a clash is the documented 409 of create and edit. */
export function assertNameFree(ctx: RequestContext, vpcId: string, name: string, selfId?: string): void {
  const clash = [...ctx.store.subnets.values()].find((s) => s.vpc_id === vpcId && s.name === name && s.id !== selfId);
  if (clash) throw conflict(`VPC ${vpcId} already has a subnet named "${name}" (${clash.id})`);
}

/**
 * Validates the address plan of a new subnet (seed L27006–L27021): a valid
 * CIDR, gateway and pools inside it, clear of the NFV range and of
 * floating-IP subnets (400), and of every other subnet in the VPC (409).
 */
export function checkNewSubnet(ctx: RequestContext, vpc: Vpc, plan: { cidr: string; gateway_ip: string; allocation_pools: AllocationPools }): Cidr {
  const c = requireCidr('cidr', plan.cidr);
  requireHostIn(c, 'gateway_ip', plan.gateway_ip);
  checkAllocationPools(c, plan.gateway_ip, plan.allocation_pools);
  refuseReserved(c, [NFV_RESERVED]);
  refuseEipOverlap(ctx.store, c);
  for (const s of ctx.store.subnets.values()) {
    if (s.vpc_id === vpc.id && overlaps(c, parseCidr(s.cidr)!)) {
      throw conflict(`cidr ${c.cidr} overlaps subnet "${s.name}" ${s.cidr} (${s.id}) in VPC "${vpc.name}"; subnets of a VPC must not overlap`);
    }
  }
  return c;
}

/** `cidr` and `gateway_ip` cannot change after creation; sending the current value is harmless. */
export function assertImmutable(field: 'cidr' | 'gateway_ip', current: string, sent: string | undefined): void {
  if (sent !== undefined && sent !== current) throw badRequest(`${field} cannot be changed after creation (it is ${current}); create a new subnet instead`);
}
