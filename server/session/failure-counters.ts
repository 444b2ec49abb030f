import 'server-only';

/**
 * Where the sign-in limiter keeps its failure counts: in this process's memory
 * now; a shared store (Redis lists: RPUSH, LTRIM, PEXPIRE) can stand behind the
 * same calls when the console runs as several processes.
 */
export interface FailureCounters {
  /** The failure times recorded under `key`, oldest first ([] when none, or once the key expired). */
  times(key: string, now: number): Promise<number[]>;
  /** Records a failure at `at`, keeping the newest `keep` times; the whole key expires `ttlMs` after `at`. */
  record(key: string, at: number, ttlMs: number, keep: number): Promise<void>;
  /** Forgets `key`. */
  clear(key: string): Promise<void>;
}

/** Keys the in-memory counters hold at most; past it the key recorded least recently goes first. */
export const MAX_COUNTER_KEYS = 50_000;

/** FailureCounters in a Map, bounded to `maxKeys` keys of at most `keep` times each. */
export class MemoryFailureCounters implements FailureCounters {
  private readonly entries = new Map<string, { times: number[]; expiresAt: number }>();

  constructor(private readonly maxKeys = MAX_COUNTER_KEYS) {}

  async times(key: string, now: number): Promise<number[]> {
    const entry = this.entries.get(key);
    if (!entry) return [];
    if (entry.expiresAt > now) return [...entry.times];
    this.entries.delete(key);
    return [];
  }

  async record(key: string, at: number, ttlMs: number, keep: number): Promise<void> {
    const previous = this.entries.get(key);
    const times = previous && previous.expiresAt > at ? [...previous.times, at].slice(-keep) : [at];
    // Re-inserting moves the key to the end, so the Map's first key is the one recorded least recently.
    this.entries.delete(key);
    this.entries.set(key, { times, expiresAt: at + ttlMs });
    while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }

  /** How many keys are held (for tests and figures). */
  get size(): number {
    return this.entries.size;
  }
}
