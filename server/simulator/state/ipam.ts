import { badRequest } from '../errors';
import { intToIp, ipToInt } from './ip';

interface Pool {
  ranges: [number, number][];
  used: Set<number>;
  cursor: number;
}

/** Address allocation per subnet (or floating-IP pool subnet), from its allocation pools. */
export class Ipam {
  private pools = new Map<string, Pool>();

  define(id: string, allocationPools: { start: string; end: string }[], reserved: string[] = []): void {
    const ranges = allocationPools.map((p) => [ipToInt(p.start)!, ipToInt(p.end)!] as [number, number]);
    const used = this.pools.get(id)?.used ?? new Set<number>();
    for (const ip of reserved) used.add(ipToInt(ip)!);
    this.pools.set(id, { ranges, used, cursor: 0 });
  }

  drop(id: string): void {
    this.pools.delete(id);
  }

  inUse(id: string): number {
    return this.pools.get(id)?.used.size ?? 0;
  }

  /** Takes a specific address, or the next free one. 400 when the subnet is full or the address is taken. */
  allocate(id: string, wanted?: string): string {
    const pool = this.pools.get(id);
    if (!pool) throw badRequest(`subnet ${id} has no address pool`);
    if (wanted) {
      const n = ipToInt(wanted);
      if (n === undefined || !pool.ranges.some(([a, b]) => n >= a && n <= b)) throw badRequest(`IP ${wanted} is not inside the subnet's allocation pools`);
      if (pool.used.has(n)) throw badRequest(`IP ${wanted} is already in use`);
      pool.used.add(n);
      return wanted;
    }
    const total = pool.ranges.reduce((s, [a, b]) => s + (b - a + 1), 0);
    for (let i = 0; i < total; i++) {
      const k = (pool.cursor + i) % total;
      let n = 0;
      let rest = k;
      for (const [a, b] of pool.ranges) {
        if (rest <= b - a) {
          n = a + rest;
          break;
        }
        rest -= b - a + 1;
      }
      if (!pool.used.has(n)) {
        pool.used.add(n);
        pool.cursor = k + 1;
        return intToIp(n);
      }
    }
    throw badRequest(`subnet ${id} has no free IP address left`);
  }

  release(id: string, ip: string): void {
    const n = ipToInt(ip);
    if (n !== undefined) this.pools.get(id)?.used.delete(n);
  }
}
