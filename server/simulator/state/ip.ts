/** IPv4 helpers for subnets and floating IPs. */

export function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  cidr: string;
  network: number;
  prefix: number;
  /** First and last address of the block. */
  first: number;
  last: number;
}

/** Parses `a.b.c.d/n`; undefined when it is not a valid network address with prefix 8..30. */
export function parseCidr(cidr: string): Cidr | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) return undefined;
  const ip = ipToInt(m[1]);
  const prefix = Number(m[2]);
  if (ip === undefined || prefix < 8 || prefix > 30) return undefined;
  const size = 2 ** (32 - prefix);
  if (ip % size !== 0) return undefined;
  return { cidr: `${m[1]}/${prefix}`, network: ip, prefix, first: ip, last: ip + size - 1 };
}

/** Netmask `255.255.255.0` → prefix 24, or undefined when not contiguous. */
export function netmaskToPrefix(mask: string): number | undefined {
  const n = ipToInt(mask);
  if (n === undefined) return undefined;
  const bits = n.toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? 32 : bits.indexOf('0') : undefined;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function contains(c: Cidr, ip: number): boolean {
  return ip >= c.first && ip <= c.last;
}

/** The usual defaults: gateway .1, pool .2 … last-1. */
export function defaultPools(c: Cidr): { gateway_ip: string; allocation_pools: { start: string; end: string }[] } {
  return { gateway_ip: intToIp(c.first + 1), allocation_pools: [{ start: intToIp(c.first + 2), end: intToIp(c.last - 1) }] };
}
