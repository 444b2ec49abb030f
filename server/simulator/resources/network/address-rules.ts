import { badRequest } from '../../errors';
import { contains, intToIp, ipToInt, overlaps, parseCidr, type Cidr } from '../../state/ip';
import type { Store } from '../../state/store';
import type { AllocationPools } from './schemas';

/** A block SCP keeps for itself, with the reason given when a request touches it. */
export interface ReservedBlock {
  cidr: Cidr;
  why: string;
}

const reserved = (cidr: string, why: string): ReservedBlock => ({ cidr: parseCidr(cidr)!, why });

/** 10.251.251.0/24 belongs to NFV devices; no subnet may use it (catalog §4.11.2, §4.11.5). */
export const NFV_RESERVED = reserved('10.251.251.0/24', 'reserved for NFV devices');

/** Floating-IP pool subnets may not fall in these (catalog §4.11.5). */
export const POOL_SUBNET_RESERVED = [
  reserved('192.168.0.0/24', 'reserved by the platform for floating-IP pool subnets'),
  reserved('172.30.0.0/17', 'reserved by the platform for floating-IP pool subnets'),
  NFV_RESERVED,
];

/** Parses a CIDR or refuses it with an example of the expected form. */
export function requireCidr(field: string, value: string): Cidr {
  const c = parseCidr(value);
  if (!c) throw badRequest(`${field} "${value}" is not a valid IPv4 network such as 192.168.1.0/24 (prefix 8..30, host bits zero)`);
  return c;
}

/** An address of the block other than its network and broadcast addresses. */
export function requireHostIn(c: Cidr, field: string, ip: string): number {
  const n = ipToInt(ip);
  if (n === undefined) throw badRequest(`${field} "${ip}" is not an IPv4 address`);
  if (!contains(c, n) || n === c.first || n === c.last) throw badRequest(`${field} ${ip} is not a usable host address of ${c.cidr}`);
  return n;
}

/** Pools must lie inside the block, run forwards, leave the gateway out and not overlap each other. */
export function checkAllocationPools(c: Cidr, gatewayIp: string, pools: AllocationPools): void {
  const gateway = ipToInt(gatewayIp)!;
  const ranges = pools.map((p, i) => {
    const start = requireHostIn(c, `allocation_pools.${i}.start`, p.start);
    const end = requireHostIn(c, `allocation_pools.${i}.end`, p.end);
    if (start > end) throw badRequest(`allocation_pools.${i}: start ${p.start} is after end ${p.end}`);
    if (gateway >= start && gateway <= end) {
      throw badRequest(`allocation_pools.${i} (${p.start}-${p.end}) contains the gateway ${gatewayIp}; leave the gateway out of the pools`);
    }
    return { start, end, i };
  });
  ranges.sort((a, b) => a.start - b.start);
  for (let k = 1; k < ranges.length; k++) {
    if (ranges[k].start <= ranges[k - 1].end) {
      throw badRequest(`allocation_pools.${ranges[k - 1].i} and allocation_pools.${ranges[k].i} overlap`);
    }
  }
}

/** Refuses pools that would strand addresses already handed out. */
export function checkInUseInside(pools: AllocationPools, inUse: { ip: string; by: string }[]): void {
  const ranges = pools.map((p) => [ipToInt(p.start)!, ipToInt(p.end)!]);
  for (const u of inUse) {
    const n = ipToInt(u.ip)!;
    if (!ranges.some(([a, b]) => n >= a && n <= b)) {
      throw badRequest(`allocation_pools must keep ${u.ip}, which is in use by ${u.by}`);
    }
  }
}

/** Refuses a block that touches one of the reserved ones. */
export function refuseReserved(c: Cidr, blocks: ReservedBlock[]): void {
  for (const b of blocks) {
    if (overlaps(c, b.cidr)) throw badRequest(`cidr ${c.cidr} overlaps ${b.cidr.cidr}, which is ${b.why}`);
  }
}

/** Number of addresses the pools hold. */
export function poolSize(pools: AllocationPools): number {
  return pools.reduce((n, p) => n + ipToInt(p.end)! - ipToInt(p.start)! + 1, 0);
}

/** Nothing may overlap a floating-IP subnet (catalog §4.11.2): neither a tenant subnet nor another pool's subnet. */
export function refuseEipOverlap(store: Store, c: Cidr): void {
  for (const pool of store.floatingIpPools.values()) {
    for (const s of pool.subnets) {
      if (overlaps(c, parseCidr(s.cidr)!)) {
        throw badRequest(`cidr ${c.cidr} overlaps floating-IP subnet ${s.cidr} of pool "${pool.name}" (${pool.id}); floating-IP subnets must not overlap other subnets`);
      }
    }
  }
}

/** Refuses a floating-IP subnet over a tenant's visible subnet (hidden ones are per-VPC platform ranges). */
export function refuseTenantSubnetOverlap(store: Store, c: Cidr): void {
  for (const s of store.subnets.values()) {
    if (s.is_visible === 1 && overlaps(c, parseCidr(s.cidr)!)) {
      throw badRequest(`cidr ${c.cidr} overlaps tenant subnet "${s.name}" ${s.cidr} (${s.id}); tenant and floating-IP subnets must not overlap`);
    }
  }
}

/** `255.255.255.0` for a /24. */
export const prefixToNetmask = (prefix: number): string => intToIp((0xffffffff << (32 - prefix)) >>> 0);
