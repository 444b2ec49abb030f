import type { FieldError } from '../core/types';

/*
 * A subnet's address plan checked in the browser with SCP's rules (catalog
 * §4.11.2, the simulator's subnet-rules): an IPv4 network with prefix 8..30 and
 * host bits zero, clear of the NFV range, of the hidden wan and NFV management
 * subnets every VPC has, and of the VPC's other subnets; a gateway that is a
 * host of it; address pools inside it, in order, apart, without the gateway.
 */

/** An IPv4 network. */
export interface Cidr {
  cidr: string;
  prefix: number;
  /** Network and broadcast addresses as unsigned integers. */
  first: number;
  last: number;
}

/** An address range as SCP takes it. */
export interface Pool {
  start: string;
  end: string;
}

/** Ranges SCP keeps: the NFV devices' block and the hidden subnets a VPC is created with. */
export const RESERVED_CIDRS: readonly string[] = ['10.251.251.0/24', '172.31.0.0/24', '172.32.0.0/24'];

/** An IPv4 address as an unsigned integer; undefined when it is not one. */
export function ipToInt(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}

/** An unsigned integer as dotted IPv4. */
export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** Parses `a.b.c.d/p` with prefix 8..30 and the host bits zero. */
export function parseCidr(text: string): Cidr | undefined {
  const [ip, p, extra] = text.trim().split('/');
  const base = ipToInt(ip ?? '');
  if (base === undefined || extra !== undefined || !/^\d{1,2}$/.test(p ?? '')) return undefined;
  const prefix = Number(p);
  if (prefix < 8 || prefix > 30) return undefined;
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) return undefined;
  return { cidr: `${intToIp(base)}/${prefix}`, prefix, first: base, last: base + size - 1 };
}

/** Whether two networks share an address. */
export const overlaps = (a: Cidr, b: Cidr) => a.first <= b.last && b.first <= a.last;

/** The usual plan of a network: the first host is the gateway, the rest the pool. */
export function suggestPlan(c: Cidr): { gateway_ip: string; pools: string } {
  return { gateway_ip: intToIp(c.first + 1), pools: `${intToIp(c.first + 2)}-${intToIp(c.last - 1)}` };
}

/** Pools as typed (one `start-end` range, or one address, a line) to SCP's form. */
export function parsePools(text: string): Pool[] {
  return text.split(/[\n,;]+/).map((l) => l.trim()).filter(Boolean).map((line) => {
    const [start, end = start] = line.split(/\s*[-–~]\s*/);
    return { start: start.trim(), end: end.trim() };
  });
}

/** Pools as the form shows them. */
export const formatPools = (pools: readonly Pool[]) => pools.map((p) => (p.start === p.end ? p.start : `${p.start}-${p.end}`)).join('\n');

/** Number of addresses in the pools. */
export function poolSize(pools: readonly Pool[]): number {
  return pools.reduce((n, p) => n + Math.max(0, (ipToInt(p.end) ?? 0) - (ipToInt(p.start) ?? 0) + 1), 0);
}

const isHostOf = (c: Cidr, n: number | undefined) => n !== undefined && n > c.first && n < c.last;

/** Problems of the pools within a network with a gateway; undefined when there are none. */
export function checkPools(c: Cidr, gatewayIp: string, pools: readonly Pool[]): FieldError | undefined {
  if (!pools.length) return { key: 'subnets.error.poolsRequired' };
  const gateway = ipToInt(gatewayIp);
  const ranges: { start: number; end: number; text: string }[] = [];
  for (const p of pools) {
    const text = p.start === p.end ? p.start : `${p.start}-${p.end}`;
    const start = ipToInt(p.start);
    const end = ipToInt(p.end);
    if (start === undefined || end === undefined) return { key: 'subnets.error.poolFormat', values: { range: text } };
    if (!isHostOf(c, start) || !isHostOf(c, end)) return { key: 'subnets.error.poolOutside', values: { range: text, cidr: c.cidr } };
    if (start > end) return { key: 'subnets.error.poolOrder', values: { range: text } };
    if (gateway !== undefined && gateway >= start && gateway <= end) return { key: 'subnets.error.poolGateway', values: { range: text, gateway: gatewayIp } };
    ranges.push({ start, end, text });
  }
  ranges.sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].start <= ranges[i - 1].end) return { key: 'subnets.error.poolOverlap', values: { a: ranges[i - 1].text, b: ranges[i].text } };
  }
  return undefined;
}

/** A new subnet's plan as typed. */
export interface SubnetPlan {
  cidr: string;
  gateway_ip: string;
  allocation_pools: string;
}

/** Problems of a new subnet's plan by field, against the other subnets of its VPC. */
export function checkSubnetPlan(plan: SubnetPlan, others: readonly { name: string; cidr: string }[]): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  const c = parseCidr(plan.cidr);
  if (!c) {
    out.cidr = { key: 'subnets.error.cidr' };
    return out;
  }
  const reserved = RESERVED_CIDRS.find((r) => overlaps(c, parseCidr(r)!));
  const clash = others.find((s) => {
    const o = parseCidr(s.cidr);
    return o !== undefined && overlaps(c, o);
  });
  if (reserved) out.cidr = { key: 'subnets.error.reserved', values: { cidr: reserved } };
  else if (clash) out.cidr = { key: 'subnets.error.overlap', values: { name: clash.name, cidr: clash.cidr } };
  const gateway = ipToInt(plan.gateway_ip);
  if (gateway === undefined) out.gateway_ip = { key: 'subnets.error.ip' };
  else if (!isHostOf(c, gateway)) out.gateway_ip = { key: 'subnets.error.gatewayOutside', values: { cidr: c.cidr } };
  const pools = checkPools(c, plan.gateway_ip, parsePools(plan.allocation_pools));
  if (pools) out.allocation_pools = pools;
  return out;
}
