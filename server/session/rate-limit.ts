import 'server-only';

/*
 * Sign-in throttling, in this process's memory: the console runs as one Node
 * process, so one limiter sees every attempt. It forgets on restart, and a
 * second process would have its own (then move it to a shared store).
 */

/** At most `max` events per sliding `windowMs`. */
export interface LimitRule {
  max: number;
  windowMs: number;
}

/** 5 failed sign-ins per user name and 20 sign-in attempts per client address, each per 15 minutes. */
export const SIGN_IN_LIMITS = {
  perUser: { max: 5, windowMs: 15 * 60_000 },
  perAddress: { max: 20, windowMs: 15 * 60_000 },
} satisfies Record<string, LimitRule>;

/** Keys kept per window before the oldest are dropped, so a flood of names cannot exhaust memory. */
const MAX_KEYS = 10_000;

/** Event times per key within a sliding window. */
class SlidingWindow {
  private readonly events = new Map<string, number[]>();

  constructor(private readonly rule: LimitRule) {}

  /** Events of `key` still inside the window. */
  recent(key: string, now: number): number[] {
    const kept = (this.events.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
    if (kept.length) this.events.set(key, kept);
    else this.events.delete(key);
    return kept;
  }

  add(key: string, now: number): void {
    this.events.set(key, [...this.recent(key, now), now]);
    if (this.events.size > MAX_KEYS) {
      for (const k of this.events.keys()) {
        if (this.events.size <= MAX_KEYS) break;
        this.events.delete(k);
      }
    }
  }

  clear(key: string): void {
    this.events.delete(key);
  }

  /** Milliseconds until one more event fits besides `pending` ones not yet recorded, or 0 when it fits now. */
  waitMs(key: string, now: number, pending = 0): number {
    const recent = this.recent(key, now);
    const over = recent.length + pending - this.rule.max;
    if (over < 0) return 0;
    // Attempts still running hold a place until they end; ask for a second's patience for them.
    return over < recent.length ? recent[over] + this.rule.windowMs - now : 1000;
  }
}

/** Outcome of asking for a sign-in attempt. */
export type AttemptPermit =
  | { allowed: true; /** Call once the attempt is over; `failed` when the credentials were wrong. */ finish(failed: boolean): void }
  | { allowed: false; retryAfterMs: number; limit: 'user' | 'address' };

/**
 * Counts every attempt per client address, and failed ones per user name.
 * Attempts still in flight count as failures until they end, so 20 parallel
 * guesses cannot slip past a limit of 5. A success clears the name's failures.
 */
export class SignInLimiter {
  private readonly failures: SlidingWindow;
  private readonly attempts: SlidingWindow;
  private readonly inFlight = new Map<string, number>();

  constructor(limits: { perUser: LimitRule; perAddress: LimitRule } = SIGN_IN_LIMITS, private readonly now: () => number = Date.now) {
    this.failures = new SlidingWindow(limits.perUser);
    this.attempts = new SlidingWindow(limits.perAddress);
  }

  /** Asks to try `username` from `address`; an allowed attempt counts against the address at once. */
  begin(username: string, address: string): AttemptPermit {
    const now = this.now();
    const user = username.trim().toLowerCase();
    const addressWait = this.attempts.waitMs(address, now);
    if (addressWait > 0) return { allowed: false, retryAfterMs: addressWait, limit: 'address' };
    const userWait = this.failures.waitMs(user, now, this.inFlight.get(user) ?? 0);
    if (userWait > 0) return { allowed: false, retryAfterMs: userWait, limit: 'user' };
    this.attempts.add(address, now);
    this.inFlight.set(user, (this.inFlight.get(user) ?? 0) + 1);
    let finished = false;
    return {
      allowed: true,
      finish: (failed) => {
        if (finished) return;
        finished = true;
        const left = (this.inFlight.get(user) ?? 1) - 1;
        if (left > 0) this.inFlight.set(user, left);
        else this.inFlight.delete(user);
        if (failed) this.failures.add(user, this.now());
        else this.failures.clear(user);
      },
    };
  }
}
