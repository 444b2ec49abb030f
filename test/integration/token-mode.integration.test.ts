import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../server/simulator/server';
import { ConsoleAgent, startConsole, type RunningConsole } from './console-process';
import { assertNoLeaks, watchAgent } from './exposure';
import { navGroups } from '../../lib/nav';

/*
 * The production console (its own server over the real build) against the
 * simulator, in token mode: people sign in with their SCP passwords.
 */
let sim: RunningSimulator;
let consoleApp: RunningConsole;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, http: true, taskDurationMs: 300, control: true });
  consoleApp = await startConsole({ SCP_BASE_URL: sim.url, SESSION_SECRET: 'integration-secret-that-is-long-enough-1234' });
}, 60_000);

afterAll(async () => {
  await consoleApp?.stop();
  await sim?.close();
});

async function signedIn(username: string, password: string): Promise<ConsoleAgent> {
  const agent = new ConsoleAgent(consoleApp.url);
  const res = await agent.request('POST', '/api/session', { body: { username, password } });
  expect(res.status, res.text).toBe(200);
  watchAgent(agent);
  return agent;
}

/** A tenant admin's password typed into the console: it must reach SCP only as RSA ciphertext. */
const TENANT_PASSWORD = 'Leak-scan-tenant-pass-7';

describe('token mode through the production console', () => {
  it('signs in the admin and a tenant, with role and tenant from SCP', async () => {
    const admin = await signedIn('admin', 'scp-demo-admin');
    expect((await admin.request('GET', '/api/session')).json).toMatchObject({ username: 'admin', role: 'admin' });
    const acme = await signedIn('acme', 'scp-demo-acme');
    expect((await acme.request('GET', '/api/session')).json).toMatchObject({ username: 'acme', role: 'tenant', projectName: 'acme' });
    const cookie = acme.seen.find((s) => s.url === '/api/session')!.headers;
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).toMatch(/samesite=lax/i);
  });

  it('refuses a wrong password with a clear message', async () => {
    const agent = new ConsoleAgent(consoleApp.url);
    watchAgent(agent);
    const res = await agent.request('POST', '/api/session', { body: { username: 'acme', password: 'not-the-password' } });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('invalid_credentials');
    expect(res.json.error.requestId).toBeTruthy();
  });

  it('lists servers through the console API, confined by SCP to the tenant', async () => {
    const acme = await signedIn('acme', 'scp-demo-acme');
    const me = (await acme.request('GET', '/api/session')).json;
    const res = await acme.request('GET', '/api/servers?pageSize=50');
    expect(res.status, res.text).toBe(200);
    expect(res.json.items.length).toBeGreaterThan(0);
    expect(res.json.items.every((s: { project_id: string }) => s.project_id === me.projectId)).toBe(true);
    const admin = await signedIn('admin', 'scp-demo-admin');
    const all = await admin.request('GET', '/api/servers?pageSize=100');
    expect(all.json.total).toBeGreaterThan(res.json.total);
  });

  it("refuses acme globex's server and the admin-only operations", async () => {
    const admin = await signedIn('admin', 'scp-demo-admin');
    const globexId = [...sim.sim.store.projects.values()].find((p) => p.name === 'globex')!.id;
    const foreign = [...sim.sim.store.servers.values()].find((s) => s.project_id === globexId)!;
    expect((await admin.request('GET', `/api/servers/${foreign.id}`)).status).toBe(200);
    const acme = await signedIn('acme', 'scp-demo-acme');
    const res = await acme.request('GET', `/api/servers/${foreign.id}`);
    expect(res.status).toBe(404);
    expect((await acme.request('POST', `/api/servers/${foreign.id}/stop`, { body: {} })).status).toBe(404);
    expect((await acme.request('GET', '/api/overview')).status).toBe(403);
    const created = await acme.request('POST', '/api/projects', { body: { project: { name: 'nope' } } });
    expect(created.status).toBe(403);
    expect(created.json.error.code).toBe('not_permitted');
  });

  it('refuses a cross-origin mutation', async () => {
    const acme = await signedIn('acme', 'scp-demo-acme');
    const mine = (await acme.request('GET', '/api/servers?pageSize=1')).json.items[0];
    const res = await acme.request('POST', `/api/servers/${mine.id}/reboot`, { body: {}, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('cross_origin');
  });

  it('answers an undeclared route with 404 and a path trick with 400', async () => {
    const admin = await signedIn('admin', 'scp-demo-admin');
    expect((await admin.request('GET', '/api/janus/20180725/servers')).status).toBe(404);
    expect((await admin.request('GET', '/api/servers/..%2F..%2Fazs')).status).toBe(400);
  });

  it('signs out', async () => {
    const acme = await signedIn('acme', 'scp-demo-acme');
    expect((await acme.request('DELETE', '/api/session')).status).toBe(204);
    expect((await acme.request('GET', '/api/session')).status).toBe(401);
    expect((await acme.request('GET', '/api/servers')).status).toBe(401);
  });

  it('serves every page and the reads behind them to the leak scan', async () => {
    const pages = ['/sign-in', ...navGroups.flatMap((g) => g.items.map((i) => i.href))];
    const reads = ['/api/images', '/api/vpcs', '/api/subnets', '/api/floatingips', '/api/quotas', '/api/projects', '/api/azs', '/api/linetypes', '/api/tasks'];
    for (const [user, password] of [['acme', 'scp-demo-acme'], ['admin', 'scp-demo-admin']]) {
      const agent = await signedIn(user, password);
      for (const page of pages) {
        const res = await agent.request('GET', page);
        expect(res.status, page).toBeLessThan(500);
        // No CONSOLE_FRAME_ANCESTORS: no other site may frame the console.
        expect(res.headers.get('content-security-policy'), page).toBe("frame-ancestors 'self'");
      }
      for (const read of reads) expect((await agent.request('GET', read)).status, read).toBe(200);
    }
  });

  it('creates a tenant with an admin password that SCP gets encrypted and nobody gets back', async () => {
    const admin = await signedIn('admin', 'scp-demo-admin');
    const name = `leak-scan-${Date.now()}`;
    const created = await admin.request('POST', '/api/projects', {
      body: { project: { name, project_admin: { user_name: `${name}-admin`, mail: 'ops@example.com', phone: '+86 20 5555 0100', password: TENANT_PASSWORD } } },
    });
    expect(created.status, created.text).toBe(200);
    expect(created.text).not.toContain(TENANT_PASSWORD);
    expect((await admin.request('DELETE', `/api/projects/${created.json.project.id}`)).status).toBe(204);
  });

  it('leaks no credential in responses, pages, scripts or the log', () => {
    const scanned = assertNoLeaks({ sim, console: consoleApp, tokenMode: true, extraSecrets: ['integration-secret-that-is-long-enough-1234', TENANT_PASSWORD] });
    console.log(`leak scan (token mode): ${scanned.texts} texts, ${(scanned.bytes / 1e6).toFixed(1)} MB, ${scanned.secrets} secrets`);
  });
});
