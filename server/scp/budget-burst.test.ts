import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/server';
import { DEMO_ACCOUNTS } from '../simulator/seed/demo-accounts';
import { ScpClient } from './client';
import type { Clock } from './clock';
import type { PasswordScope } from './credentials';
import { listTasks, recordingLogger, testSettings } from './testing';

/*
 * 100 users, 20 GETs each, against the simulator with SCP's REAL per-minute
 * limits (GET 600, POST 100 per IP per API). Time runs 20× faster for both
 * sides: Date.now is scaled for the simulator in this process, and the client
 * gets the same clock. Five budget-minutes take under ten seconds.
 */
const SCALE = 20; // 40× made a loaded machine (a stalled event loop is 40× longer in scaled time) produce stray 429s
const USERS = 100;
const GETS_PER_USER = 20;
const WINDOW = 60_000;

const startReal = Date.now();
const startPerf = performance.now();
const scaledNow = () => startReal + (performance.now() - startPerf) * SCALE;
const clock: Clock = { now: scaledNow, sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms) / SCALE)) };

/** The most sends in any window of `WINDOW` ms. */
function peakPerWindow(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let lo = 0, hi = 0; hi < t.length; hi++) {
    while (t[hi] - t[lo] >= WINDOW) lo++;
    peak = Math.max(peak, hi - lo + 1);
  }
  return peak;
}

let running: RunningSimulator;
beforeAll(async () => {
  vi.spyOn(Date, 'now').mockImplementation(scaledNow);
  running = await startSimulator({ port: 0, http: true, control: true });
  expect(running.sim.options.rateLimits).toEqual({ GET: 600, POST: 100, PUT: 100, DELETE: 100 });
});
afterAll(async () => {
  await running.close();
  vi.restoreAllMocks();
});

describe('upstream budget under a burst', () => {
  it('paces 2,000 GETs from 100 users under the configured rate with zero 429s', async () => {
    const logger = recordingLogger();
    const client = new ScpClient(testSettings(running.url), { clock, logger });
    const t0 = performance.now();
    const scaled0 = clock.now();

    const users: PasswordScope[] = await Promise.all(Array.from({ length: USERS }, async (_, i) => {
      const account = DEMO_ACCOUNTS[i % DEMO_ACCOUNTS.length];
      const login = await client.login(account.username, account.password);
      return { kind: 'password', username: account.username, token: { id: login.token, expiresAt: login.expiresAt } };
    }));
    expect(new Set(users.map((u) => u.token!.id)).size).toBe(USERS);

    const results = await Promise.all(users.flatMap((scope) =>
      Array.from({ length: GETS_PER_USER }, (_, page) => client.call(listTasks, { scope, query: { page_num: page, page_size: 1 } }))));
    const realSeconds = (performance.now() - t0) / 1000;
    await client.close();

    const gets = logger.requests.filter((r) => r.method === 'GET').map((r) => r.sentAt);
    const writes = logger.requests.filter((r) => r.method !== 'GET').map((r) => r.sentAt);
    const burst = logger.requests.filter((r) => r.path === '/janus/20180725/tasks').map((r) => r.sentAt);
    const burstMinutes = (Math.max(...burst) - Math.min(...burst)) / WINDOW;
    // Per-minute figures count in exact 60 s windows, as SCP does; the budget's own window is 61 s.
    const figures = {
      getsSent: gets.length, writesSent: writes.length,
      peakGetsPerMinute: peakPerWindow(gets), peakWritesPerMinute: peakPerWindow(writes),
      burstMinutes: Number(burstMinutes.toFixed(2)), averageBurstGetsPerMinute: Math.round(burst.length / burstMinutes),
      simulated429s: running.sim.stats.status429, simulated5xx: running.sim.stats.status5xx,
      scaledMinutes: Number(((clock.now() - scaled0) / WINDOW).toFixed(2)), realSeconds: Number(realSeconds.toFixed(1)),
    };
    console.info('[budget burst]', JSON.stringify(figures));

    expect(results).toHaveLength(USERS * GETS_PER_USER);
    expect(gets).toHaveLength(USERS * GETS_PER_USER + 1);
    expect(figures.peakGetsPerMinute).toBeLessThanOrEqual(540);
    expect(figures.peakWritesPerMinute).toBeLessThanOrEqual(90);
    expect(figures.simulated429s).toBe(0);
    expect(running.sim.stats.byRoute['GET /janus/20180725/tasks']).toBe(USERS * GETS_PER_USER);
  }, 60_000);
});
