/**
 * Per client IP, per API, per minute limits (seed L39–L54): GET 600, POST, PUT
 * and DELETE 100. Past the limit that IP is blocked from that API for a minute.
 */
export interface RateLimits {
  GET: number;
  POST: number;
  PUT: number;
  DELETE: number;
}

export const SCP_RATE_LIMITS: RateLimits = { GET: 600, POST: 100, PUT: 100, DELETE: 100 };

const WINDOW_MS = 60_000;

interface Bucket {
  windowStart: number;
  count: number;
  blockedUntil: number;
}

/** Fixed one-minute windows keyed by whatever the caller passes (ip + method + API). */
export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(private readonly limitFor: (method: string) => number | undefined) {}

  /** Counts the request; false when it must be refused. */
  allow(key: string, method: string, now: number): boolean {
    const limit = this.limitFor(method);
    if (limit === undefined) return true;
    let b = this.buckets.get(key);
    if (!b || now - b.windowStart >= WINDOW_MS) {
      if (b && b.blockedUntil > now) return false;
      b = { windowStart: now, count: 0, blockedUntil: 0 };
      this.buckets.set(key, b);
    }
    if (b.blockedUntil > now) return false;
    b.count += 1;
    if (b.count > limit) {
      b.blockedUntil = now + WINDOW_MS;
      return false;
    }
    return true;
  }

  reset(): void {
    this.buckets.clear();
  }
}
