import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScpClient } from '../scp';
import { ACME, ADMIN, listTasks, startTestSim } from '../scp/testing';
import type { RunningSimulator } from '../simulator/server';
import { PLATFORM_PROJECT_ID } from '../simulator/state/store';
import { SignInError } from './errors';
import { sealSession, SESSION_COOKIE, type SessionData } from './session-data';
import { createSessions } from './sessions';
import { memoryJar, SECRET, testClient, testConfig } from './testing';

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

const req = () => new Request('http://console.local/api/session', { method: 'POST', headers: { 'x-forwarded-for': '192.0.2.10' } });
const sessions = (now?: () => number) => createSessions({ config: testConfig(running.url), client, now });
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a SignInError'); }, (e: unknown) => e as SignInError);

/**
 * A port nothing listens on, on 127.0.0.2: simulators of tests running alongside
 * bind 127.0.0.1, so one cannot take the freed port and answer.
 */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('sign-in with an SCP password', () => {
  it('signs the platform admin in as admin and seals only the token', async () => {
    const s = sessions();
    const jar = memoryJar();
    const user = await s.signIn(req(), jar, ADMIN.username, ADMIN.password);
    expect(user).toEqual({ username: 'admin', role: 'admin', projectId: PLATFORM_PROJECT_ID, projectName: 'admin' });
    expect(jar.sets).toHaveLength(1);
    const { name, value, options } = jar.sets[0];
    expect(name).toBe(SESSION_COOKIE);
    expect(options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false, path: '/' });
    // The simulator's tokens last 24 h; the cookie ends with the token.
    expect(options.maxAge).toBeGreaterThan(24 * 3600 - 60);
    expect(options.maxAge).toBeLessThanOrEqual(24 * 3600);
    expect(value).not.toContain(ADMIN.password);

    const session = await s.currentSession(req(), jar);
    expect(session).toMatchObject({ user, confined: false, scope: { kind: 'password', username: 'admin' } });
    expect(session!.scope).not.toHaveProperty('password');
    // The sealed token is a working SCP credential.
    const page = await client.call(listTasks, { scope: session!.scope, query: { page_size: 1 } });
    expect(Array.isArray(page.data)).toBe(true);
  });

  it('signs a tenant admin in as tenant of its project', async () => {
    const project = running.sim.store.projects.get(running.sim.store.userByLogin(ACME.username)!.project_id)!;
    const user = await sessions().signIn(req(), memoryJar(), ACME.username, ACME.password);
    expect(user).toEqual({ username: 'acme', role: 'tenant', projectId: project.id, projectName: project.name });
    expect(project.name).toBe('acme');
  });

  it('says so when the password is wrong, and sets no cookie', async () => {
    const jar = memoryJar();
    const err = await failure(sessions().signIn(req(), jar, ACME.username, 'not-the-password'));
    expect(err).toBeInstanceOf(SignInError);
    expect(err).toMatchObject({ code: 'invalid_credentials', status: 401, message: expect.stringMatching(/wrong user name or password/i) });
    expect(err.message).not.toContain('not-the-password');
    expect(jar.sets).toHaveLength(0);
  });

  it('tells an unreachable SCP apart from a wrong password, naming its address only in the log', async () => {
    const base = `http://127.0.0.2:${await closedPort()}`;
    const config = testConfig(base);
    const unreachable = testClient(config);
    const logged: string[] = [];
    const err = await failure(createSessions({ config, client: unreachable, warn: (m) => logged.push(m) }).signIn(req(), memoryJar(), 'admin', 'whatever'));
    expect(err).toMatchObject({ code: 'scp_unreachable', status: 502, message: expect.stringMatching(/^The console cannot reach SCP \(ECONNREFUSED\); try again in a few minutes, or ask the console's operator/) });
    expect(err.message).not.toMatch(/127\.0\.0\.2|http:/);
    expect(err.extra.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toEqual([expect.stringContaining(`sign-in ${err.extra.requestId}: scp_unreachable from SCP at ${base}: network (ECONNREFUSED)`)]);
    await unreachable.close();
  });

  it('tells an SCP that does not answer in time apart from one that cannot be reached', async () => {
    const silent: Server = createServer((socket) => socket.on('data', () => undefined));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const config = testConfig(base);
    const slow = testClient(config, { attempts: 1 });
    const logged: string[] = [];
    const err = await failure(createSessions({ config, client: slow, warn: (m) => logged.push(m) }).signIn(req(), memoryJar(), 'admin', 'whatever'));
    expect(err).toMatchObject({ code: 'scp_timeout', status: 504, message: expect.stringMatching(/did not answer the sign-in in time .* check SCP and the network/) });
    expect(err.message).not.toContain(base.slice('http://'.length));
    expect(logged.join('\n')).toContain(base);
    await slow.close();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('refuses SCP roles the console does not support yet', async () => {
    for (const role of ['custom_admin', 'custom_tenant', 'msp']) {
      const login = async () => ({ token: 't', expiresAt: Date.now() + 3600_000, user: { id: 'u', name: 'x' }, roles: [role], tenant: { id: 'p', name: 'p' } });
      const jar = memoryJar();
      const err = await failure(createSessions({ config: testConfig(running.url), client: { login } }).signIn(req(), jar, 'x', 'y'));
      expect(err).toMatchObject({ code: 'unsupported_role', status: 403, message: expect.stringContaining(`does not support the SCP role ${role} yet`) });
      expect(jar.sets).toHaveLength(0);
    }
  });
});

describe('the current session', () => {
  it('is null without a cookie, with a foreign one, and once the token has expired', async () => {
    let now = Date.now();
    const s = sessions(() => now);
    expect(await s.currentSession(req(), memoryJar())).toBeNull();
    expect(await s.currentSession(req(), memoryJar({ [SESSION_COOKIE]: 'garbage' }))).toBeNull();
    const jar = memoryJar();
    await s.signIn(req(), jar, ACME.username, ACME.password);
    expect(await s.currentSession(req(), jar)).not.toBeNull();
    now += 24 * 3600_000 + 1000;
    expect(await s.currentSession(req(), jar)).toBeNull();
  });

  it('opens after the secret is rotated', async () => {
    const jar = memoryJar();
    await sessions().signIn(req(), jar, ACME.username, ACME.password);
    const rotated = createSessions({ config: testConfig(running.url, { SESSION_SECRET: JSON.stringify({ 2: 'a-brand-new-secret-of-at-least-32-chars', 1: SECRET }) }), client });
    expect((await rotated.currentSession(req(), jar))?.user.username).toBe('acme');
  });

  it('ends at sign-out', async () => {
    const s = sessions();
    const jar = memoryJar();
    await s.signIn(req(), jar, ACME.username, ACME.password);
    await s.signOut(req(), jar);
    expect(jar.sets.at(-1)).toMatchObject({ name: SESSION_COOKIE, value: '', options: { maxAge: 0, httpOnly: true } });
    expect(await s.currentSession(req(), jar)).toBeNull();
  });

  it('is refused everywhere once signed out: a copy of the cookie no longer works', async () => {
    const s = sessions();
    const jar = memoryJar();
    await s.signIn(req(), jar, ACME.username, ACME.password);
    const copy = memoryJar({ [SESSION_COOKIE]: jar.values.get(SESSION_COOKIE)! });
    const other = memoryJar();
    await s.signIn(req(), other, ACME.username, ACME.password);
    expect(await s.currentSession(req(), copy)).not.toBeNull();
    await s.signOut(req(), jar);
    expect(await s.currentSession(req(), copy)).toBeNull();
    // Only that session ends: the same user's other session goes on.
    expect((await s.currentSession(req(), other))?.user.username).toBe('acme');
  });

  it('keeps the revocation in the store it is given, until the session would have ended', async () => {
    const revoked = new Map<string, number>();
    const store = { revoke: async (id: string, until: number) => void revoked.set(id, until), isRevoked: async (id: string) => revoked.has(id) };
    const s = createSessions({ config: testConfig(running.url), client, revocations: store });
    const jar = memoryJar();
    await s.signIn(req(), jar, ACME.username, ACME.password);
    const copy = memoryJar({ [SESSION_COOKIE]: jar.values.get(SESSION_COOKIE)! });
    await s.signOut(req(), jar);
    const [[id, until]] = [...revoked];
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(until).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(await s.currentSession(req(), copy)).toBeNull();
  });

  it('refuses a cookie sealed without a session id (from before ids existed)', async () => {
    const legacy = await sealSession({ username: 'acme', role: 'tenant', projectId: 'p', projectName: 'acme', scpToken: { id: 't', expiresAt: Date.now() + 3600_000 }, signedInAt: Date.now() } as unknown as SessionData, SECRET, 3600);
    expect(await sessions().currentSession(req(), memoryJar({ [SESSION_COOKIE]: legacy }))).toBeNull();
  });

  it('stores a refreshed token when the request can still set cookies, and shrugs when it cannot', async () => {
    const s = sessions();
    const jar = memoryJar();
    await s.signIn(req(), jar, ACME.username, ACME.password);
    const session = await s.currentSession(req(), jar);
    const scope = session!.scope;
    if (scope.kind !== 'password') throw new Error('expected a password scope');
    const login = { token: 'refreshed-token', expiresAt: Date.now() + 7200_000, user: { id: 'u', name: 'acme' }, roles: ['tenant'], tenant: { id: 'p', name: 'acme' } };
    await scope.onTokenRefresh!(login);
    const after = await s.currentSession(req(), jar);
    expect(after!.scope).toMatchObject({ token: { id: 'refreshed-token' } });
    const readOnly = { get: jar.get, set: () => { throw new Error('Cookies can only be modified in a Server Action or Route Handler'); } };
    const fromPage = await s.currentSession(req(), readOnly);
    await expect((fromPage!.scope as { onTokenRefresh: (l: typeof login) => Promise<void> }).onTokenRefresh(login)).resolves.toBeUndefined();
  });
});
