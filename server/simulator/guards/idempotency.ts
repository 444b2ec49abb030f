import { createHash } from 'node:crypto';

/** How long a X-Client-Token is remembered (seed L426–L458). */
export const IDEMPOTENCY_WINDOW_MS = 15 * 60 * 1000;

/**
 * SCP's X-Client-Token check: the same token with the same parameters within
 * 15 minutes is refused with 429. SCP does not replay the first answer.
 */
export class IdempotencyGuard {
  private seen = new Map<string, number>();

  /** Records the request; false when it repeats one seen within the window. */
  admit(token: string, method: string, path: string, query: string, body: Buffer, now: number): boolean {
    const key = createHash('sha256').update(`${token}\n${method}\n${path}\n${query}\n`).update(body).digest('hex');
    const at = this.seen.get(key);
    if (at !== undefined && now - at < IDEMPOTENCY_WINDOW_MS) return false;
    this.seen.set(key, now);
    if (this.seen.size > 50_000) this.evict(now);
    return true;
  }

  private evict(now: number): void {
    for (const [k, at] of this.seen) if (now - at >= IDEMPOTENCY_WINDOW_MS) this.seen.delete(k);
  }
}
