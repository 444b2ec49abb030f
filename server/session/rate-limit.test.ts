import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, startTestSim } from '../scp/testing';
import type { RunningSimulator } from '../simulator/server';
import { SignInLimiter } from './rate-limit';
import { createSessions } from './sessions';
import { memoryJar, testClient, testConfig } from './testing';

const MIN = 60_000;

describe('sign-in limiter', () => {
  it('locks a user name after 5 failures for 15 minutes from the oldest', () => {
    let now = 0;
    const limiter = new SignInLimiter(undefined, () => now);
    for (let i = 0; i < 5; i++) {
      const permit = limiter.begin('Acme', `198.51.100.${i}`);
      if (!permit.allowed) throw new Error(`attempt ${i + 1} refused`);
      permit.finish(true);
      now += MIN;
    }
    // Any address, any spelling of the name.
    expect(limiter.begin(' acme ', '203.0.113.1')).toEqual({ allowed: false, limit: 'user', retryAfterMs: 10 * MIN });
    expect(limiter.begin('globex', '203.0.113.1').allowed).toBe(true);
    now = 15 * MIN;
    expect(limiter.begin('acme', '203.0.113.1').allowed).toBe(true);
  });

  it('forgets failures after a success', () => {
    const limiter = new SignInLimiter(undefined, () => 0);
    for (let i = 0; i < 4; i++) (limiter.begin('acme', 'a') as { finish(f: boolean): void }).finish(true);
    (limiter.begin('acme', 'a') as { finish(f: boolean): void }).finish(false);
    for (let i = 0; i < 4; i++) (limiter.begin('acme', 'a') as { finish(f: boolean): void }).finish(true);
    expect(limiter.begin('acme', 'a').allowed).toBe(true);
  });

  it('counts attempts still running, so parallel guesses cannot slip past the limit', () => {
    const limiter = new SignInLimiter(undefined, () => 0);
    const permits = Array.from({ length: 8 }, (_, i) => limiter.begin('acme', `198.51.100.${i}`));
    expect(permits.filter((p) => p.allowed)).toHaveLength(5);
    expect(permits[5]).toMatchObject({ allowed: false, limit: 'user' });
  });

  it('allows 20 attempts per address in 15 minutes, successful or not', () => {
    let now = 0;
    const limiter = new SignInLimiter(undefined, () => now);
    for (let i = 0; i < 20; i++) {
      const permit = limiter.begin(`user${i}`, '203.0.113.1');
      if (!permit.allowed) throw new Error(`attempt ${i + 1} refused`);
      permit.finish(false);
    }
    now = 5 * MIN;
    expect(limiter.begin('user99', '203.0.113.1')).toEqual({ allowed: false, limit: 'address', retryAfterMs: 10 * MIN });
    expect(limiter.begin('user99', '203.0.113.2').allowed).toBe(true);
  });
});

describe('rate-limited sign-in', () => {
  let running: RunningSimulator;
  beforeAll(async () => {
    running = await startTestSim();
  });
  afterAll(() => running.close());

  it('refuses the sixth try after five wrong passwords with when to try again, without asking SCP', async () => {
    const config = testConfig(running.url);
    const client = testClient(config);
    let logins = 0;
    const counting = { login: (u: string, p: string) => (logins++, client.login(u, p)) };
    const s = createSessions({ config, client: counting });
    const req = () => new Request('http://console.local/api/session', { method: 'POST', headers: { 'x-forwarded-for': '192.0.2.44' } });
    for (let i = 0; i < 5; i++) await expect(s.signIn(req(), memoryJar(), ACME.username, `wrong-${i}`)).rejects.toMatchObject({ code: 'invalid_credentials' });
    const err = await s.signIn(req(), memoryJar(), ACME.username, ACME.password).catch((e) => e);
    expect(err).toMatchObject({ code: 'rate_limited', status: 429, message: expect.stringMatching(/^Too many failed sign-ins for this user; try again in 15 minutes \(after \d\d:\d\d UTC\)$/) });
    expect(err.extra.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(logins).toBe(5);
    await client.close();
  });
});
