import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import type { LoginResult } from './credentials';
import { parseScpTime } from './password-login';
import { encryptPassword } from './rsa';
import { ACME, ADMIN, FAST_RETRY, listTasks, password, recordingLogger, recordingTransport, startTestSim, testSettings } from './testing';
import { createTransport, TransportError } from './transport';

let running: RunningSimulator;
beforeAll(async () => {
  running = await startTestSim();
});
afterAll(() => running.close());

function client(over: Parameters<typeof testSettings>[1] = {}) {
  const settings = testSettings(running.url, over);
  const logger = recordingLogger();
  const transport = recordingTransport(createTransport(settings, logger));
  return { client: new ScpClient(settings, { logger, transport, retry: FAST_RETRY }), transport, logger };
}

describe('RSA password encryption', () => {
  it.each(['pkcs1', 'oaep'] as const)('is decrypted by the simulator\'s own key (%s)', (padding) => {
    const cipher = encryptPassword('密码 with ünïcode', running.sim.rsa.modulusHex, padding);
    expect(cipher).toMatch(/^[0-9a-f]{512}$/);
    expect(running.sim.rsa.decryptHex(cipher, 'password')).toBe('密码 with ünïcode');
  });

  it('accepts the v1 modulus with its trailing newline', () => {
    const cipher = encryptPassword('x', `${running.sim.rsa.modulusHex}\n`);
    expect(running.sim.rsa.decryptHex(cipher, 'password')).toBe('x');
  });
});

describe('password sign-in', () => {
  it.each(['pkcs1', 'oaep'] as const)('signs in with %s and calls with the token', async (rsaPadding) => {
    const { client: c } = client({ rsaPadding });
    const login = await c.login(ADMIN.username, ADMIN.password);
    expect(login).toMatchObject({ token: expect.stringMatching(/^[0-9a-f]{32}$/), roles: ['admin'], user: { name: 'admin' } });
    expect(login.expiresAt).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const page = await c.call(listTasks, { scope: { kind: 'password', username: 'admin', token: { id: login.token, expiresAt: login.expiresAt } } });
    expect(page.total_size).toBeGreaterThan(0);
    await c.close();
  });

  it('fetches the v2 key first, falls back to v1, caches it, and never sends the cookie to v2', async () => {
    const { client: c, transport } = client({ cookieToken: 'cookie-for-old-scp' });
    await c.login(ACME.username, ACME.password);
    await c.login(ACME.username, ACME.password);
    const keyFetches = transport.sent.filter((r) => r.path.includes('public-key'));
    expect(keyFetches.map((r) => r.path)).toEqual(['/janus/v2/public-key']);
    expect(keyFetches[0].headers.Cookie).toBeUndefined();
    expect(keyFetches[0].headers.Authorization).toBeUndefined();
    const auth = transport.sent.filter((r) => r.path === '/janus/authenticate');
    expect(auth).toHaveLength(2);
    expect(auth[0].headers.Cookie).toBe('aCMPAuthToken=cookie-for-old-scp');
    // No X-Client-Token: SCP would answer a retry that repeats it with 429.
    expect(auth[0].headers['X-Client-Token']).toBeUndefined();
    expect(auth[0].body!.toString()).not.toContain(ACME.password);
    await c.close();
  });

  it('signs in when the first answer to /janus/authenticate is lost (the retry is a new sign-in, not a repeat SCP refuses)', async () => {
    const settings = testSettings(running.url);
    const logger = recordingLogger();
    const inner = createTransport(settings, logger);
    let lost = 0;
    const transport = recordingTransport({
      send: async (req) => {
        const res = await inner.send(req);
        if (req.path === '/janus/authenticate' && lost++ === 0) throw new TransportError('ECONNRESET', 'response', 'socket hang up');
        return res;
      },
      close: () => inner.close(),
    });
    const c = new ScpClient(settings, { logger, transport, retry: FAST_RETRY });
    expect((await c.login(ACME.username, ACME.password)).roles).toEqual(['tenant']);
    expect(transport.sent.filter((r) => r.path === '/janus/authenticate')).toHaveLength(2);
    await c.close();
  });

  it('falls back to /janus/public-key when v2 is missing', async () => {
    const settings = testSettings(running.url);
    const logger = recordingLogger();
    const inner = createTransport(settings, logger);
    const transport = recordingTransport({
      send: (req) => (req.path === '/janus/v2/public-key' ? Promise.resolve({ status: 404, headers: {}, body: Buffer.from('{"code":404,"message":"no such API","data":{}}') }) : inner.send(req)),
      close: () => inner.close(),
    });
    const c = new ScpClient(settings, { logger, transport });
    expect((await c.login(ACME.username, ACME.password)).roles).toEqual(['tenant']);
    expect(transport.sent.map((r) => r.path)).toEqual(['/janus/v2/public-key', '/janus/public-key', '/janus/authenticate']);
    await c.close();
  });

  it('reports a wrong password as a 401 ScpError without the password in it', async () => {
    const { client: c } = client();
    const err = await c.login(ACME.username, 'not-the-password').catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ScpError', status: 401, operation: 'auth.login' });
    expect(JSON.stringify({ ...(err as object), message: (err as Error).message })).not.toContain('not-the-password');
    await c.close();
  });

  it('signs in on the first call, again once after a 401, and reports each new token', async () => {
    const { client: c, transport } = client({ cacheMs: 0 });
    const refreshed: LoginResult[] = [];
    const scope = password(ACME, { onTokenRefresh: (r) => void refreshed.push(r) });
    await c.call(listTasks, { scope });
    expect(refreshed).toHaveLength(1);
    running.sim.tokens.expire(scope.token!.id);
    await c.call(listTasks, { scope });
    expect(refreshed).toHaveLength(2);
    expect(scope.token!.id).toBe(refreshed[1].token);
    expect(transport.sent.filter((r) => r.path.startsWith('/janus/20180725/tasks')).map((r) => r.headers.Authorization)).toEqual([
      `Token ${refreshed[0].token}`, `Token ${refreshed[0].token}`, `Token ${refreshed[1].token}`,
    ]);
    await c.close();
  });

  it('signs in before the token expires, once for concurrent calls', async () => {
    const { client: c, transport } = client({ cacheMs: 0 });
    const first = await c.login(ACME.username, ACME.password);
    const scope = password(ACME, { token: { id: first.token, expiresAt: Date.now() + 60_000 } });
    await Promise.all(Array.from({ length: 5 }, (_, i) => c.call(listTasks, { scope, query: { page_num: i } })));
    expect(transport.sent.filter((r) => r.path === '/janus/authenticate')).toHaveLength(2);
    expect(scope.token!.id).not.toBe(first.token);
    await c.close();
  });

  it('fails with kind auth when a token has expired and no password is at hand', async () => {
    const { client: c } = client();
    await expect(c.call(listTasks, { scope: { kind: 'password', username: 'acme', token: { id: 'x', expiresAt: Date.now() - 1 } } }))
      .rejects.toMatchObject({ kind: 'auth', status: 401 });
    await c.close();
  });
});

describe('parseScpTime', () => {
  it('reads SCP\'s microsecond UTC times and zone-less times as UTC', () => {
    expect(parseScpTime('2021-01-05T06:31:41.000000Z')).toBe(Date.UTC(2021, 0, 5, 6, 31, 41));
    expect(parseScpTime('2021-01-05 06:31:41')).toBe(Date.UTC(2021, 0, 5, 6, 31, 41));
    expect(parseScpTime('soon')).toBeUndefined();
  });
});
