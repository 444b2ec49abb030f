import 'server-only';
import { MemoryFailureCounters, type FailureCounters } from './failure-counters';

/*
 * Sign-in limits that stop guessing but not offices: only failures count (a
 * whole office behind one NAT address signs in freely), a guesser slows down
 * per (name, address) pair, a name is locked for everyone only after many
 * failures, and the attempts on one name take turns, so parallel guesses gain
 * nothing. Counts live behind FailureCounters (memory now, a shared store
 * later); the turn-taking is per process.
 */

/** The limits; SIGN_IN_LIMITS are the console's. */
export interface SignInLimits {
  /** Failures of one name from one address that cost no wait. */
  pairFreeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  pairBaseDelayMs: number;
  /** The longest wait between two tries of one pair. */
  pairMaxDelayMs: number;
  /** A pair's failures are forgotten after this long without one (or at its first success). */
  pairQuietMs: number;
  /** Failures of one name, from every address, that lock it for everyone. */
  nameLock: { max: number; windowMs: number };
  /** Failures from one address, over every name (password spraying). */
  addressBudget: { max: number; windowMs: number };
  /** Attempts on one name waiting for their turn; more are refused at once. */
  maxQueuedPerName: number;
}

/** 3 free failures per pair, then 2 s doubling to 5 min; a name locked at 50 failures in 15 min; 100 failures per address per 15 min. */
export const SIGN_IN_LIMITS: SignInLimits = {
  pairFreeFailures: 3,
  pairBaseDelayMs: 2_000,
  pairMaxDelayMs: 5 * 60_000,
  pairQuietMs: 15 * 60_000,
  nameLock: { max: 50, windowMs: 15 * 60_000 },
  addressBudget: { max: 100, windowMs: 15 * 60_000 },
  maxQueuedPerName: 20,
};

/** Which limit refused an attempt: the pair's wait, the name's lock, the address's budget, or a full queue. */
export type LimitKind = 'pair' | 'name' | 'address' | 'busy';

/** A sign-in attempt refused before its credentials were checked. */
export class SignInLimited extends Error {
  constructor(
    readonly limit: LimitKind,
    readonly retryAfterMs: number,
    readonly limits: SignInLimits,
  ) {
    super(`sign-in refused by the ${limit} limit for ${retryAfterMs} ms`);
    this.name = 'SignInLimited';
  }
}

/** Milliseconds until the (max)th most recent failure within `windowMs` leaves the window, or 0 when under `max`. */
function windowWait(times: number[], max: number, windowMs: number, now: number, pending = 0): number {
  const recent = times.filter((t) => t > now - windowMs);
  const over = recent.length + pending - max;
  if (over < 0) return 0;
  // Attempts still running hold a place until they end; a second's patience covers them.
  return over < recent.length ? recent[over] + windowMs - now : 1000;
}

/** Counts failed sign-ins and decides whether the next attempt may be checked; see the file comment. */
export class SignInLimiter {
  private readonly turns = new Map<string, { tail: Promise<void>; waiting: number }>();
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly counters: FailureCounters = new MemoryFailureCounters(),
  ) {}

  /**
   * Runs `check` (the credential check) for `username` from `address` when the
   * limits allow it, in turn with other attempts on the same name; throws
   * SignInLimited without calling it otherwise. A rejection for which
   * `isFailure` is true counts as a failed sign-in; a resolution clears the
   * pair's failures. Other rejections (SCP down) count as nothing.
   */
  async attempt<T>(username: string, address: string, check: () => Promise<T>, isFailure: (err: unknown) => boolean): Promise<T> {
    const name = username.trim().toLowerCase();
    const release = this.takeTurn(name);
    try {
      await release.ready;
      await this.admit(name, address);
      try {
        const result = await check();
        await this.counters.clear(this.pairKey(name, address));
        return result;
      } catch (err) {
        if (isFailure(err)) await this.recordFailure(name, address);
        throw err;
      } finally {
        const left = (this.inFlight.get(address) ?? 1) - 1;
        if (left > 0) this.inFlight.set(address, left);
        else this.inFlight.delete(address);
      }
    } finally {
      release.done();
    }
  }

  private pairKey(name: string, address: string): string {
    return `pair\n${name}\n${address}`;
  }

  /** Queues behind the attempts already running or waiting on `name`; refuses when too many wait. */
  private takeTurn(name: string): { ready: Promise<void>; done: () => void } {
    const turn = this.turns.get(name) ?? { tail: Promise.resolve(), waiting: 0 };
    if (turn.waiting >= this.limits.maxQueuedPerName) throw new SignInLimited('busy', 1000, this.limits);
    turn.waiting++;
    this.turns.set(name, turn);
    const ready = turn.tail;
    let done!: () => void;
    turn.tail = new Promise<void>((resolve) => {
      done = () => {
        if (--turn.waiting === 0) this.turns.delete(name);
        resolve();
      };
    });
    return { ready, done };
  }

  /**
   * Throws SignInLimited when a limit refuses the attempt; else counts it in
   * flight for its address. The in-flight count is checked and taken with no
   * await between, so parallel attempts on other names cannot all slip past
   * the address's budget.
   */
  private async admit(name: string, address: string): Promise<void> {
    const { nameLock, addressBudget, pairFreeFailures, pairBaseDelayMs, pairMaxDelayMs } = this.limits;
    const [nameTimes, addressTimes, pairTimes] = await Promise.all([
      this.counters.times(`name\n${name}`, this.now()),
      this.counters.times(`address\n${address}`, this.now()),
      this.counters.times(this.pairKey(name, address), this.now()),
    ]);
    const now = this.now();
    const locked = windowWait(nameTimes, nameLock.max, nameLock.windowMs, now);
    if (locked > 0) throw new SignInLimited('name', locked, this.limits);
    const spent = windowWait(addressTimes, addressBudget.max, addressBudget.windowMs, now, this.inFlight.get(address) ?? 0);
    if (spent > 0) throw new SignInLimited('address', spent, this.limits);
    const extra = pairTimes.length - pairFreeFailures;
    if (extra >= 0) {
      const delay = Math.min(pairBaseDelayMs * 2 ** Math.min(extra, 30), pairMaxDelayMs);
      const wait = pairTimes[pairTimes.length - 1] + delay - now;
      if (wait > 0) throw new SignInLimited('pair', wait, this.limits);
    }
    this.inFlight.set(address, (this.inFlight.get(address) ?? 0) + 1);
  }

  private async recordFailure(name: string, address: string): Promise<void> {
    const { nameLock, addressBudget, pairFreeFailures, pairQuietMs } = this.limits;
    const at = this.now();
    await Promise.all([
      this.counters.record(`name\n${name}`, at, nameLock.windowMs, nameLock.max),
      this.counters.record(`address\n${address}`, at, addressBudget.windowMs, addressBudget.max),
      // Enough failures to reach the longest wait; past it the count changes nothing.
      this.counters.record(this.pairKey(name, address), at, pairQuietMs, pairFreeFailures + 32),
    ]);
  }
}
