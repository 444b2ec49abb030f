import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScpError, type ScpClient } from '../scp';
import { ACME, startTestSim } from '../scp/testing';
import type { RunningSimulator } from '../simulator/server';
import { createSessionRoutes } from './routes';
import { SESSION_COOKIE } from './session-data';
import { createSessions } from './sessions';
import { memoryJar, testClient, testConfig } from './testing';

/* The /api/session handlers called directly, with one in-memory jar as the browser's cookies. */

let running: RunningSimulator;
let client: ScpClient;
beforeAll(async () => {
  running = await startTestSim();
  client = testClient(testConfig(running.url));
});
afterAll(async () => {
  await client.close();
  await running.close();
});

const ORIGIN = 'http://localhost:3000';
const URL_ = `${ORIGIN}/api/session`;
const same = { origin: ORIGIN, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': '192.0.2.80' };

function setup(scp: Pick<ScpClient, 'login'> = client) {
  const jar = memoryJar();
  const sessions = createSessions({ config: testConfig(running.url), client: scp });
  return { jar, routes: createSessionRoutes(() => sessions, async () => jar) };
}

const signIn = (body: unknown, headers: Record<string, string> = same) =>
  new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('/api/session', () => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const { jar, routes } = setup();
    const none = await routes.GET(new Request(URL_));
    expect(none.status).toBe(401);
    expect(none.headers.get('cache-control')).toBe('no-store');
    expect(await none.json()).toEqual({ error: { code: 'unauthenticated', message: 'Not signed in', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });

    const res = await routes.POST(signIn({ username: ACME.username, password: ACME.password }));
    expect(res.status).toBe(200);
    const user = await res.json();
    expect(user).toMatchObject({ username: 'acme', role: 'tenant', projectName: 'acme' });
    expect(JSON.stringify(user)).not.toContain(ACME.password);
    expect(jar.values.has(SESSION_COOKIE)).toBe(true);

    const me = await routes.GET(new Request(URL_));
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(user);

    const out = await routes.DELETE(new Request(URL_, { method: 'DELETE', headers: same }));
    expect(out.status).toBe(204);
    expect((await routes.GET(new Request(URL_))).status).toBe(401);
  });

  it('names the bad field, never its value', async () => {
    const { routes } = setup();
    const cases: [unknown, RegExp][] = [
      [{ username: 'acme' }, /^password: is required$/],
      [{ username: 'acme', password: '' }, /^password: is required$/],
      [{ username: '  ', password: 'p4ss' }, /^username: is required$/],
      [{ username: 'acme', password: 12345 }, /^password: must be a string$/],
      ['{not json', /must be JSON/],
    ];
    for (const [body, message] of cases) {
      const res = await routes.POST(signIn(body));
      expect(res.status).toBe(400);
      const json = await res.json();
      expect(json.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(message) });
      expect(JSON.stringify(json)).not.toMatch(/p4ss|12345/);
    }
  });

  it('answers a wrong password with 401 invalid_credentials, never echoing it', async () => {
    const { jar, routes } = setup();
    const res = await routes.POST(signIn({ username: ACME.username, password: 'hunter2-secret' }, { ...same, 'x-forwarded-for': '192.0.2.81' }));
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 'invalid_credentials', message: expect.stringMatching(/wrong user name or password/i), requestId: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(jar.sets).toHaveLength(0);
  });

  it('refuses sign-in and sign-out from other origins', async () => {
    const { routes } = setup();
    const cases: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: ORIGIN, 'sec-fetch-site': 'cross-site' }, {}];
    for (const headers of cases) {
      const res = await routes.POST(signIn({ username: ACME.username, password: ACME.password }, headers));
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('cross_origin');
    }
    const del = await routes.DELETE(new Request(URL_, { method: 'DELETE', headers: { origin: 'https://evil.example' } }));
    expect(del.status).toBe(403);
  });

  it('answers 429 with Retry-After and what to do once an address has failed too often, without asking SCP', async () => {
    // SCP itself is not needed (and the client paces sign-ins under SCP's write limit).
    let logins = 0;
    const refuse = async () => {
      logins++;
      throw new ScpError({ kind: 'http', status: 401, message: 'user name or password is wrong', operation: 'auth.login', requestId: 'r' });
    };
    const { routes } = setup({ login: refuse });
    const from = { ...same, 'x-forwarded-for': '192.0.2.99' };
    for (let i = 0; i < 100; i++) expect((await routes.POST(signIn({ username: `nobody-${i}`, password: 'x' }, from))).status).toBe(401);
    const res = await routes.POST(signIn({ username: ACME.username, password: ACME.password }, from));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect((await res.json()).error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^Too many failed sign-ins from this address \(100 in 15 minutes\); try again in 15 minutes \(after \d\d:\d\d UTC\)$/) });
    expect(logins).toBe(100);
  });

  it('slows one name from one address after three wrong passwords, saying how long to wait', async () => {
    let logins = 0;
    const refuse = async () => {
      logins++;
      throw new ScpError({ kind: 'http', status: 401, message: 'wrong', operation: 'auth.login', requestId: 'r' });
    };
    const { routes } = setup({ login: refuse });
    const from = { ...same, 'x-forwarded-for': '192.0.2.98' };
    for (let i = 0; i < 3; i++) expect((await routes.POST(signIn({ username: 'acme', password: `guess-${i}` }, from))).status).toBe(401);
    const res = await routes.POST(signIn({ username: 'acme', password: 'guess-3' }, from));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect((await res.json()).error.message).toBe('Too many failed sign-ins for this user from here; wait 2 seconds, check the user name and password (Caps Lock, keyboard layout), then try again');
    expect(logins).toBe(3);
  });

  it('lets 30 sign-ins a minute from one address all succeed', async () => {
    const { routes } = setup();
    const from = { ...same, 'x-forwarded-for': '192.0.2.97' };
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await routes.POST(signIn({ username: ACME.username, password: ACME.password }, from))).status);
    expect(statuses).toEqual(Array(30).fill(200));
  }, 60_000);

  it('refuses an oversized body unread', async () => {
    const { routes } = setup();
    const res = await routes.POST(signIn({ username: 'acme', password: 'x'.repeat(10_000) }));
    expect(res.status).toBe(413);
  });
});
