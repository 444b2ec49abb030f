/** Request counters, read by benchmarks through GET /_sim/stats. */
export interface SimStats {
  requests: number;
  byMethod: Record<string, number>;
  byRoute: Record<string, number>;
  status429: number;
  status5xx: number;
}

/** Counters at zero. */
export const emptyStats = (): SimStats => ({ requests: 0, byMethod: {}, byRoute: {}, status429: 0, status5xx: 0 });

/** Counts one answered request under its route template. */
export function countRequest(s: SimStats, method: string, route: string, status: number): void {
  s.requests += 1;
  s.byMethod[method] = (s.byMethod[method] ?? 0) + 1;
  s.byRoute[`${method} ${route}`] = (s.byRoute[`${method} ${route}`] ?? 0) + 1;
  if (status === 429) s.status429 += 1;
  if (status >= 500) s.status5xx += 1;
}
