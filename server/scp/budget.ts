import 'server-only';
import type { Clock } from './clock';
import type { CallLabel } from './envelope';
import { ScpError } from './errors';

/** Per-minute limits of the upstream budget: GETs, and everything else (POST, PUT, DELETE). */
export interface BudgetLimits {
  get: number;
  write: number;
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * At most `limit` sends in any `windowMs` (a sliding window over send times),
 * and paced: a token bucket of `burst` refilled at `limit` per window spreads
 * sends out. Pacing matters because SCP counts in windows of its own that start
 * at the first request after the last window ended; bursts of a full minute's
 * budget let arrival lag push two bursts into one SCP window.
 * Callers past the limit wait in FIFO order; the queue is bounded so that a
 * request which could not be sent for minutes fails at once instead.
 */
class PacedWindow {
  private readonly sent: number[] = [];
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly limit: number,
    private readonly burst: number,
    private readonly windowMs: number,
    private readonly maxQueue: number,
    private readonly clock: Clock,
    private readonly what: string,
  ) {
    this.tokens = burst;
    this.refilledAt = clock.now();
  }

  /** Takes a turn now if nobody waits and the budget allows it. */
  tryAcquire(): boolean {
    return this.waiters.length === 0 && this.take();
  }

  acquire(label: CallLabel, signal?: AbortSignal): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    if (this.waiters.length >= this.maxQueue) {
      return Promise.reject(new ScpError({
        kind: 'budget', status: 503, ...label,
        message: `too many SCP requests waiting: ${this.waiters.length} ${this.what} requests are queued and SCP allows ${this.limit} per minute from the console; try again later`,
      }));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.waiters.push(waiter);
      signal?.addEventListener('abort', () => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(signal.reason);
      }, { once: true });
      void this.pump();
    });
  }

  /** Requests waiting for their turn. */
  get queued(): number {
    return this.waiters.length;
  }

  private take(): boolean {
    const now = this.clock.now();
    while (this.sent.length && this.sent[0] <= now - this.windowMs) this.sent.shift();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.limit) / this.windowMs);
    this.refilledAt = now;
    if (this.sent.length >= this.limit || this.tokens < 1) return false;
    this.tokens -= 1;
    this.sent.push(now);
    return true;
  }

  /** How long until `take` can succeed (after it failed). */
  private waitMs(): number {
    const windowFull = this.sent.length >= this.limit ? this.sent[0] + this.windowMs - this.clock.now() : 0;
    const noToken = this.tokens < 1 ? ((1 - this.tokens) * this.windowMs) / this.limit : 0;
    return Math.max(windowFull, noToken, 1);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length) {
        if (this.take()) {
          this.waiters.shift()!.resolve();
        } else {
          await this.clock.sleep(this.waitMs());
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}

/**
 * The console's share of SCP's per-IP rate limits (catalog §1.5), counted over
 * all users: the console is one IP, and GETs are counted together although SCP
 * counts per API, which is stricter and needs no list of APIs. Requests are
 * paced, never refused, unless more are waiting than `maxWaitMinutes` of budget
 * could serve.
 */
export class UpstreamBudget {
  private readonly get: PacedWindow;
  private readonly write: PacedWindow;

  /**
   * `burstShare`: the share of a minute's budget that may go at once (default
   * 0.1: 54 GETs and 9 writes with the default limits), enough for a page load.
   * `windowMs`: the window the limits count in (default 61 s).
   */
  constructor(limits: BudgetLimits, clock: Clock, opts: { windowMs?: number; maxWaitMinutes?: number; burstShare?: number } = {}) {
    // A second of slack: sends a minute apart by our clock can arrive less than a minute apart.
    const windowMs = opts.windowMs ?? 61_000;
    const wait = opts.maxWaitMinutes ?? 5;
    const burst = (limit: number) => Math.max(1, Math.ceil(limit * (opts.burstShare ?? 0.1)));
    this.get = new PacedWindow(limits.get, burst(limits.get), windowMs, Math.ceil(limits.get * wait), clock, 'GET');
    this.write = new PacedWindow(limits.write, burst(limits.write), windowMs, Math.ceil(limits.write * wait), clock, 'POST/PUT/DELETE');
  }

  /**
   * Takes a turn for a request with this method at once, if the budget allows.
   * Synchronous on purpose: the caller sends in the same tick, so the time
   * counted is the time sent, however busy the event loop is.
   */
  tryAcquire(method: string): boolean {
    return this.window(method).tryAcquire();
  }

  /** Resolves when a request with this method may be sent. */
  acquire(method: string, label: CallLabel, signal?: AbortSignal): Promise<void> {
    return this.window(method).acquire(label, signal);
  }

  private window(method: string): PacedWindow {
    return method === 'GET' ? this.get : this.write;
  }

  /** Requests waiting, per class. */
  queued(): { get: number; write: number } {
    return { get: this.get.queued, write: this.write.queued };
  }
}
