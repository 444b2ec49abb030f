import 'server-only';

/**
 * Sessions ended by signing out, remembered until they would have ended anyway
 * (a sealed cookie cannot be recalled from the browsers that hold a copy).
 * Asynchronous so that a shared store (Redis, when the console runs as several
 * processes) can stand behind the same calls.
 */
export interface RevocationStore {
  /** Refuses the session `id` from now until `until` (epoch ms), when it would have ended by itself. */
  revoke(id: string, until: number): Promise<void>;
  /** Whether the session `id` has been revoked and has not yet reached its end. */
  isRevoked(id: string): Promise<boolean>;
}

/** How many revoked sessions the in-memory store keeps at most (about 100 bytes each). */
export const MAX_REVOCATIONS = 100_000;

/**
 * Revocations in this process's memory: one entry per signed-out session, each
 * dropped once its session would have ended. Memory stays bounded: past `max`
 * live entries (which takes `max` sign-outs within one session lifetime), the
 * entries ending soonest are forgotten and a warning says so.
 */
export class MemoryRevocationStore implements RevocationStore {
  private readonly until = new Map<string, number>();
  private readonly max: number;
  private readonly now: () => number;
  private readonly warn: (message: string) => void;

  constructor(options: { max?: number; now?: () => number; warn?: (message: string) => void } = {}) {
    this.max = options.max ?? MAX_REVOCATIONS;
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? ((m) => console.warn(`[session] ${m}`));
  }

  async revoke(id: string, until: number): Promise<void> {
    const now = this.now();
    if (until <= now) return;
    this.until.set(id, Math.max(until, this.until.get(id) ?? 0));
    if (this.until.size > this.max) this.prune(now);
  }

  async isRevoked(id: string): Promise<boolean> {
    const until = this.until.get(id);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(id);
    return false;
  }

  /** How many revocations are held (for tests and figures). */
  get size(): number {
    return this.until.size;
  }

  /** Drops ended entries; if still over `max`, the soonest-ending tenth, so a full store is not sorted on every sign-out. */
  private prune(now: number): void {
    for (const [id, until] of this.until) if (until <= now) this.until.delete(id);
    if (this.until.size <= this.max) return;
    const keep = Math.floor(this.max * 0.9);
    const soonest = [...this.until].sort((a, b) => a[1] - b[1]).slice(0, this.until.size - keep);
    for (const [id] of soonest) this.until.delete(id);
    this.warn(`more than ${this.max} signed-out sessions are still within their lifetime; forgot the ${soonest.length} ending soonest, whose copied cookies work again until they end`);
  }
}
