import { scryptSync } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/simulator/seed/demo-accounts';
import { startSimulator, type RunningSimulator } from '../../server/simulator/server';
import { ConsoleAgent, startConsole, type RunningConsole } from './console-process';
import { assertNoLeaks, watchAgent, watchRaw } from './exposure';

/*
 * Service-credential mode (intranet embedding): the console signs every SCP
 * call with its own AK/SK; people are let in by a trusted reverse proxy's
 * header, accepted only from TRUSTED_PROXY_IPS, or by console accounts.
 */
let sim: RunningSimulator;
let consoleApp: RunningConsole;
let acmeProjectId: string;
const [admin] = DEMO_ACCOUNTS;

function hash(password: string): string {
  const salt = '00112233445566778899aabbccddeeff';
  return `scrypt:${salt}:${scryptSync(password, salt, 64).toString('hex')}`;
}

/** A GET from a chosen loopback source address (the test's stand-in for a proxy host). */
function getFrom(localAddress: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(path, consoleApp.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, localAddress, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        watchRaw(JSON.stringify(res.headers) + body);
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
      });
    });
    req.once('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, http: true, taskDurationMs: 300 });
  acmeProjectId = [...sim.sim.store.projects.values()].find((p) => p.name === 'acme')!.id;
  consoleApp = await startConsole({
    SCP_BASE_URL: sim.url,
    SESSION_SECRET: 'integration-secret-that-is-long-enough-5678',
    SCP_ACCESS_KEY: admin.accessKey,
    SCP_SECRET_KEY: admin.secretKey,
    TRUSTED_USER_HEADER: 'X-Remote-User',
    TRUSTED_PROXY_IPS: '127.0.0.2',
    CONSOLE_FRAME_ANCESTORS: 'https://portal.example.com',
    CONSOLE_ACCOUNTS: JSON.stringify([
      { username: 'ops', password_hash: hash('ops-password-1'), role: 'admin' },
      { username: 'acme-ops', password_hash: hash('acme-password-1'), role: 'tenant', project_id: acmeProjectId },
    ]),
  });
}, 60_000);

afterAll(async () => {
  await consoleApp?.stop();
  await sim?.close();
});

describe('service-credential mode', () => {
  it('lets in the user named by the trusted proxy header, confined to its tenant', async () => {
    const who = await getFrom('127.0.0.2', '/api/session', { 'x-remote-user': 'acme-ops' });
    expect(who.status, who.body).toBe(200);
    expect(JSON.parse(who.body)).toMatchObject({ username: 'acme-ops', role: 'tenant', projectId: acmeProjectId });
    const servers = await getFrom('127.0.0.2', '/api/servers?pageSize=100', { 'x-remote-user': 'acme-ops' });
    expect(servers.status, servers.body).toBe(200);
    const items = JSON.parse(servers.body).items as { project_id: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s) => s.project_id === acmeProjectId)).toBe(true);
  });

  it('may be framed by the portal named in CONSOLE_FRAME_ANCESTORS, and by no other site', async () => {
    const page = await getFrom('127.0.0.2', '/servers', { 'x-remote-user': 'acme-ops' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'self' https://portal.example.com");
  });

  it('refuses to start with a framing entry that is not an origin, naming the variable', async () => {
    await expect(startConsole({ SCP_BASE_URL: sim.url, SESSION_SECRET: 'integration-secret-that-is-long-enough-5678', CONSOLE_FRAME_ANCESTORS: 'portal.example.com/embed' }))
      .rejects.toThrow(/CONSOLE_FRAME_ANCESTORS: "portal.example.com\/embed" is not an origin/);
  });

  it('ignores the header from an untrusted address, even with a forged X-Forwarded-For', async () => {
    const direct = await getFrom('127.0.0.1', '/api/session', { 'x-remote-user': 'ops' });
    expect(direct.status).toBe(401);
    const forged = await getFrom('127.0.0.1', '/api/session', { 'x-remote-user': 'ops', 'x-forwarded-for': '127.0.0.2' });
    expect(forged.status).toBe(401);
  });

  it('signs in a console account and calls SCP with the service credential', async () => {
    const agent = new ConsoleAgent(consoleApp.url);
    watchAgent(agent);
    const wrong = await agent.request('POST', '/api/session', { body: { username: 'ops', password: 'nope' } });
    expect(wrong.status).toBe(401);
    const ok = await agent.request('POST', '/api/session', { body: { username: 'ops', password: 'ops-password-1' } });
    expect(ok.status, ok.text).toBe(200);
    const overview = await agent.request('GET', '/api/overview');
    expect(overview.status, overview.text).toBe(200);
  });

  it("keeps a confined tenant away from another tenant's server", async () => {
    const globexId = [...sim.sim.store.projects.values()].find((p) => p.name === 'globex')!.id;
    const foreign = [...sim.sim.store.servers.values()].find((s) => s.project_id === globexId)!;
    const res = await getFrom('127.0.0.2', `/api/servers/${foreign.id}`, { 'x-remote-user': 'acme-ops' });
    expect(res.status).toBe(404);
  });

  it('leaks no credential in responses, pages, scripts or the log', () => {
    const scanned = assertNoLeaks({ sim, console: consoleApp, tokenMode: false, extraSecrets: ['ops-password-1', 'acme-password-1', 'integration-secret-that-is-long-enough-5678'] });
    console.log(`leak scan (service mode): ${scanned.texts} texts, ${(scanned.bytes / 1e6).toFixed(1)} MB, ${scanned.secrets} secrets`);
  });
});
