import { describe, expect, it } from 'vitest';
import { MemoryFailureCounters } from './failure-counters';
import { SIGN_IN_LIMITS, SignInLimited, SignInLimiter, type SignInLimits } from './rate-limit';

const MIN = 60_000;

/** A credential check that counts its calls and how many run at once; the password 'right' passes. */
function fakeLogin(settle: () => Promise<void> = () => Promise.resolve()) {
  const stats = { calls: 0, running: 0, maxRunning: 0 };
  const check = (password: string) => async () => {
    stats.calls++;
    stats.running++;
    stats.maxRunning = Math.max(stats.maxRunning, stats.running);
    try {
      await settle();
      if (password !== 'right') throw new Error('wrong password');
      return 'signed in';
    } finally {
      stats.running--;
    }
  };
  return { stats, check };
}

const isFailure = (err: unknown) => err instanceof Error && err.message === 'wrong password';

function setup(limits: Partial<SignInLimits> = {}) {
  const clock = { now: 0 };
  const limiter = new SignInLimiter({ ...SIGN_IN_LIMITS, ...limits }, () => clock.now);
  const login = fakeLogin();
  /** One attempt: 'ok', 'wrong', or the limit that refused it with its wait. */
  const attempt = (name: string, address: string, password = 'guess') =>
    limiter.attempt(name, address, login.check(password), isFailure).then(
      () => 'ok',
      (err) => (err instanceof SignInLimited ? `${err.limit} ${err.retryAfterMs}` : isFailure(err) ? 'wrong' : `error ${err}`),
    );
  return { clock, limiter, login, attempt };
}

describe('sign-in limits: only failures count', () => {
  it('lets 30 people a minute sign in from one address, for an hour', async () => {
    const { clock, attempt, login } = setup();
    for (let minute = 0; minute < 60; minute++) {
      for (let i = 0; i < 30; i++) {
        expect(await attempt(`user-${i}`, '203.0.113.1', 'right')).toBe('ok');
        clock.now += 2_000;
      }
    }
    expect(login.stats.calls).toBe(1800);
  });

  it('lets the same person sign in again and again from one address', async () => {
    const { clock, attempt } = setup();
    for (let i = 0; i < 100; i++, clock.now += 1_000) expect(await attempt('acme', '203.0.113.1', 'right')).toBe('ok');
  });

  it('does not count an attempt that failed for another reason (SCP down)', async () => {
    const { limiter } = setup();
    for (let i = 0; i < 10; i++) {
      await expect(limiter.attempt('acme', 'a', () => Promise.reject(new Error('SCP down')), isFailure)).rejects.toThrow('SCP down');
    }
    await expect(limiter.attempt('acme', 'a', async () => 'ok', isFailure)).resolves.toBe('ok');
  });
});

describe('sign-in limits: a (name, address) pair slows down', () => {
  it('gives 3 free failures, then waits 2 s, 4 s, 8 s … up to 5 minutes between tries', async () => {
    const { clock, attempt } = setup();
    for (let i = 0; i < 3; i++) expect(await attempt('acme', '198.51.100.7')).toBe('wrong');
    // The 3rd failure starts the wait: 2 s from it.
    expect(await attempt('acme', '198.51.100.7')).toBe('pair 2000');
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const refused = await attempt('acme', '198.51.100.7');
      const wait = Number(refused.split(' ')[1]);
      waits.push(wait);
      clock.now += wait;
      expect(await attempt('acme', '198.51.100.7')).toBe('wrong');
    }
    expect(waits).toEqual([2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000, 300000, 300000]);
  });

  it('slows only that pair: the same name from another address, and another name from that address, go on', async () => {
    const { attempt } = setup();
    for (let i = 0; i < 3; i++) await attempt('acme', '198.51.100.7');
    expect(await attempt('acme', '198.51.100.7')).toMatch(/^pair /);
    expect(await attempt('ACME ', '203.0.113.5', 'right')).toBe('ok');
    expect(await attempt('globex', '198.51.100.7', 'right')).toBe('ok');
  });

  it('forgets the pair at its first success, and after 15 minutes without a failure', async () => {
    const { clock, attempt } = setup();
    for (let i = 0; i < 3; i++) await attempt('acme', 'a');
    clock.now += 2_000;
    expect(await attempt('acme', 'a', 'right')).toBe('ok');
    expect(await attempt('acme', 'a')).toBe('wrong');
    expect(await attempt('acme', 'a')).toBe('wrong');
    expect(await attempt('acme', 'a')).toBe('wrong');
    expect(await attempt('acme', 'a')).toBe('pair 2000');
    clock.now += 15 * MIN;
    expect(await attempt('acme', 'a')).toBe('wrong');
    expect(await attempt('acme', 'a')).toBe('wrong');
  });
});

describe('sign-in limits: a name is locked for everyone only at 50 failures in 15 minutes', () => {
  it('locks the name from every address, even for the right password, until the oldest failure is 15 minutes old', async () => {
    const { clock, attempt } = setup();
    for (let i = 0; i < 50; i++) {
      expect(await attempt('Acme', `198.51.100.${i}`)).toBe('wrong');
      clock.now += 6_000;
    }
    // 50 failures over 5 minutes: the first leaves the window 10 minutes from now.
    expect(await attempt(' acme', '203.0.113.1', 'right')).toBe(`name ${15 * MIN - 50 * 6_000}`);
    expect(await attempt('globex', '203.0.113.1', 'right')).toBe('ok');
    clock.now = 15 * MIN;
    expect(await attempt('acme', '203.0.113.1', 'right')).toBe('ok');
  });

  it('does not lock at 49', async () => {
    const { attempt } = setup();
    for (let i = 0; i < 49; i++) await attempt('acme', `198.51.100.${i}`);
    expect(await attempt('acme', '203.0.113.1', 'right')).toBe('ok');
  });
});

describe('sign-in limits: an address has a failure budget across names (password spraying)', () => {
  it('refuses the address after 100 failures in 15 minutes, never for successes', async () => {
    const { clock, attempt } = setup();
    for (let i = 0; i < 100; i++) {
      expect(await attempt(`someone-${i}`, '192.0.2.9', 'right')).toBe('ok');
      expect(await attempt(`user-${i}`, '192.0.2.9')).toBe('wrong');
    }
    clock.now += 5 * MIN;
    expect(await attempt('user-999', '192.0.2.9', 'right')).toBe(`address ${10 * MIN}`);
    expect(await attempt('user-999', '192.0.2.10')).toBe('wrong');
  });

  it('counts attempts in flight, so parallel guesses at many names cannot all slip past the budget', async () => {
    const clock = { now: 0 };
    const limiter = new SignInLimiter({ ...SIGN_IN_LIMITS, addressBudget: { max: 5, windowMs: 15 * MIN } }, () => clock.now);
    const login = fakeLogin(() => new Promise((resolve) => setTimeout(resolve, 20)));
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => limiter.attempt(`name-${i}`, '192.0.2.1', login.check('guess'), isFailure)));
    expect(login.stats.calls).toBe(5);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof SignInLimited && r.reason.limit === 'address')).toHaveLength(15);
  });
});

describe('sign-in limits: attempts on one name take turns', () => {
  it('20 parallel guesses at one name: one at a time, and none past the free failures before the wait applies', async () => {
    const clock = { now: 0 };
    const limiter = new SignInLimiter(SIGN_IN_LIMITS, () => clock.now);
    const login = fakeLogin(() => new Promise((resolve) => setTimeout(resolve, 5)));
    const guess = () => limiter.attempt('acme', '198.51.100.7', login.check('guess'), isFailure);
    const first = await Promise.allSettled(Array.from({ length: 20 }, guess));
    expect(login.stats.maxRunning).toBe(1);
    expect(login.stats.calls).toBe(SIGN_IN_LIMITS.pairFreeFailures);
    expect(first.filter((r) => r.status === 'rejected' && r.reason instanceof SignInLimited && r.reason.limit === 'pair')).toHaveLength(20 - SIGN_IN_LIMITS.pairFreeFailures);

    // Once the wait has passed, 20 more parallel guesses get exactly one check: the second waits for the first's outcome and then sees its wait.
    clock.now += SIGN_IN_LIMITS.pairBaseDelayMs;
    await Promise.allSettled(Array.from({ length: 20 }, guess));
    expect(login.stats.calls).toBe(SIGN_IN_LIMITS.pairFreeFailures + 1);
    expect(login.stats.maxRunning).toBe(1);
  });

  it('makes a second attempt on the name wait for the first, from any address', async () => {
    const { limiter } = setup();
    const order: string[] = [];
    let finishFirst!: () => void;
    const first = limiter.attempt('acme', 'a', () => new Promise<string>((resolve) => { order.push('first starts'); finishFirst = () => resolve('first'); }), isFailure);
    const second = limiter.attempt('acme', 'b', async () => (order.push('second starts'), 'second'), isFailure);
    const other = limiter.attempt('globex', 'c', async () => (order.push('other name starts'), 'other'), isFailure);
    await other;
    expect(order).toEqual(['first starts', 'other name starts']);
    finishFirst();
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(order).toEqual(['first starts', 'other name starts', 'second starts']);
  });

  it('refuses at once when 20 attempts already wait on the name, so a flood cannot queue without end', async () => {
    const { limiter } = setup();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => { open = resolve; });
    const slow = () => limiter.attempt('acme', 'a', () => gate.then(() => 'ok'), isFailure);
    const queued = Array.from({ length: 20 }, slow);
    await expect(slow()).rejects.toMatchObject({ limit: 'busy', retryAfterMs: 1000 });
    open();
    await Promise.all(queued);
    await expect(slow()).resolves.toBe('ok');
  });
});

describe('failure counters in memory', () => {
  it('stay bounded: past the key limit the key recorded least recently goes', async () => {
    const counters = new MemoryFailureCounters(3);
    for (const key of ['a', 'b', 'c', 'd']) await counters.record(key, 0, MIN, 5);
    expect(counters.size).toBe(3);
    expect(await counters.times('a', 0)).toEqual([]);
    expect(await counters.times('d', 0)).toEqual([0]);
  });

  it('keep the newest times and expire a key with its last failure', async () => {
    const counters = new MemoryFailureCounters();
    for (let t = 0; t < 10; t++) await counters.record('k', t, 100, 3);
    expect(await counters.times('k', 50)).toEqual([7, 8, 9]);
    expect(await counters.times('k', 109)).toEqual([]);
  });

  it('leave no turn or in-flight state behind once attempts end', async () => {
    const { limiter } = setup();
    const many = Array.from({ length: 200 }, (_, i) => limiter.attempt(`n${i}`, `a${i}`, async () => 'ok', isFailure));
    await Promise.all(many);
    expect((limiter as unknown as { turns: Map<string, unknown>; inFlight: Map<string, number> }).turns.size).toBe(0);
    expect((limiter as unknown as { inFlight: Map<string, number> }).inFlight.size).toBe(0);
  });
});
