import { describe, expect, it } from 'vitest';
import { ADMIN } from '../scp/testing';
import { SESSION_COOKIE } from './session-data';
import { createSessions } from './sessions';
import { memoryJar, scryptHash, testConfig } from './testing';

/*
 * Service-credential mode: every call signed with SCP_ACCESS_KEY; users from
 * CONSOLE_ACCOUNTS or from a trusted proxy's header. SCP is never asked who
 * they are, so these tests need no simulator.
 */

const accounts = [
  { username: 'ops', password_hash: scryptHash('ops-password'), role: 'admin' },
  { username: 'alice', password_hash: scryptHash('alice-password'), role: 'tenant', project_id: 'project-acme' },
  { username: 'carol', password_hash: scryptHash('carol-password'), role: 'custom_admin' },
];
const serviceEnv = { SCP_ACCESS_KEY: ADMIN.accessKey, SCP_SECRET_KEY: ADMIN.secretKey, CONSOLE_ACCOUNTS: JSON.stringify(accounts) };
const proxyEnv = { ...serviceEnv, TRUSTED_USER_HEADER: 'X-Remote-User', TRUSTED_PROXY_IPS: '10.0.0.5,fd00:1::/64' };
const noScp = { login: () => Promise.reject(new Error('service mode must not sign in to SCP')) };
const sessions = (env: Record<string, string> = serviceEnv, warn?: (m: string) => void) =>
  createSessions({ config: testConfig('http://127.0.0.1:9', env), client: noScp, warn });
const req = (headers: Record<string, string> = {}) => new Request('http://console.local/api/session', { headers: { 'x-forwarded-for': '192.0.2.7', ...headers } });
const serviceScope = { kind: 'ec2', accessKey: ADMIN.accessKey, secretKey: ADMIN.secretKey };

describe('console accounts', () => {
  it('signs a tenant account in, confined to its project, calling SCP with the service key', async () => {
    const s = sessions();
    const jar = memoryJar();
    expect(await s.signIn(req(), jar, 'alice', 'alice-password')).toEqual({ username: 'alice', role: 'tenant', projectId: 'project-acme', projectName: '' });
    expect(await s.currentSession(req(), jar)).toEqual({
      user: { username: 'alice', role: 'tenant', projectId: 'project-acme', projectName: '' }, scope: serviceScope, confined: true,
    });
    expect(jar.sets[0].options.maxAge).toBe(8 * 3600);
  });

  it('does not confine an admin account', async () => {
    const jar = memoryJar();
    const s = sessions();
    await s.signIn(req(), jar, 'ops', 'ops-password');
    expect(await s.currentSession(req(), jar)).toMatchObject({ user: { role: 'admin', projectId: '' }, confined: false });
  });

  it('refuses a wrong password and an unknown user alike, and unsupported roles clearly', async () => {
    const s = sessions();
    await expect(s.signIn(req(), memoryJar(), 'alice', 'wrong')).rejects.toMatchObject({ code: 'invalid_credentials', message: 'Wrong user name or password' });
    await expect(s.signIn(req(), memoryJar(), 'mallory', 'alice-password')).rejects.toMatchObject({ code: 'invalid_credentials', message: 'Wrong user name or password' });
    await expect(s.signIn(req(), memoryJar(), 'carol', 'carol-password')).rejects.toMatchObject({ code: 'unsupported_role', message: expect.stringContaining('custom_admin') });
  });

  it('follows CONSOLE_ACCOUNTS edits for existing cookies, and ignores cookies of password mode', async () => {
    const jar = memoryJar();
    await sessions().signIn(req(), jar, 'alice', 'alice-password');
    const demoted = { ...serviceEnv, CONSOLE_ACCOUNTS: JSON.stringify([{ ...accounts[1], role: 'member' }]) };
    expect((await sessions(demoted).currentSession(req(), jar))?.user.role).toBe('member');
    const removed = { ...serviceEnv, CONSOLE_ACCOUNTS: JSON.stringify([accounts[0]]) };
    expect(await sessions(removed).currentSession(req(), jar)).toBeNull();
    const passwordMode = createSessions({ config: testConfig('http://127.0.0.1:9'), client: noScp });
    expect(await passwordMode.currentSession(req(), jar)).toBeNull();
    expect(jar.values.has(SESSION_COOKIE)).toBe(true);
  });
});

describe('trusted proxy header', () => {
  it('is accepted when the last X-Forwarded-For hop is a trusted proxy', async () => {
    const s = sessions(proxyEnv);
    expect(await s.currentSession(req({ 'x-remote-user': 'alice', 'x-forwarded-for': '198.51.100.1, 10.0.0.5' }), memoryJar())).toEqual({
      user: { username: 'alice', role: 'tenant', projectId: 'project-acme', projectName: '' }, scope: serviceScope, confined: true,
    });
    expect((await s.currentSession(req({ 'x-remote-user': 'ops', 'x-forwarded-for': '[fd00:1::7]:4431' }), memoryJar()))?.user.role).toBe('admin');
    expect((await s.currentSession(req({ 'x-remote-user': 'ops', 'x-forwarded-for': '::ffff:10.0.0.5' }), memoryJar()))?.user.role).toBe('admin');
  });

  it('gives a user without a console account nothing: member of no project, confined', async () => {
    expect(await sessions(proxyEnv).currentSession(req({ 'x-remote-user': 'bob', 'x-forwarded-for': '10.0.0.5' }), memoryJar())).toEqual({
      user: { username: 'bob', role: 'member', projectId: '', projectName: '' }, scope: serviceScope, confined: true,
    });
  });

  it('is ignored from anyone else, however the chain is dressed up', async () => {
    const warnings: string[] = [];
    const s = sessions(proxyEnv, (m) => warnings.push(m));
    for (const xff of ['192.0.2.7', '10.0.0.5, 192.0.2.7', '10.0.0.6', 'fd00:2::1', 'garbage', '']) {
      expect(await s.currentSession(req({ 'x-remote-user': 'ops', 'x-forwarded-for': xff }), memoryJar())).toBeNull();
    }
    expect(await s.currentSession(new Request('http://console.local/', { headers: { 'x-remote-user': 'ops', 'x-real-ip': '10.0.0.5' } }), memoryJar())).toBeNull();
    expect(warnings[0]).toMatch(/ignored x-remote-user from 192\.0\.2\.7: not in TRUSTED_PROXY_IPS/);
  });

  it('falls back to the cookie when the header is not trusted, and refuses unsupported roles', async () => {
    const warnings: string[] = [];
    const s = sessions(proxyEnv, (m) => warnings.push(m));
    const jar = memoryJar();
    await s.signIn(req(), jar, 'alice', 'alice-password');
    expect((await s.currentSession(req({ 'x-remote-user': 'ops' }), jar))?.user.username).toBe('alice');
    expect(await s.currentSession(req({ 'x-remote-user': 'carol', 'x-forwarded-for': '10.0.0.5' }), memoryJar())).toBeNull();
    expect(warnings).toContain('console account carol has role custom_admin, which the console does not support; not signed in');
  });

  it('is refused at start without a service credential', () => {
    expect(() => createSessions({ config: testConfig('http://127.0.0.1:9', { TRUSTED_USER_HEADER: 'X-Remote-User', TRUSTED_PROXY_IPS: '10.0.0.5' }), client: noScp }))
      .toThrow(/TRUSTED_USER_HEADER needs SCP_ACCESS_KEY and SCP_SECRET_KEY/);
  });
});
