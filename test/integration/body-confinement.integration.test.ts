import { scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/simulator/seed/demo-accounts';
import { startSimulator, type RunningSimulator } from '../../server/simulator/server';
import { ConsoleAgent, startConsole, type RunningConsole } from './console-process';

/*
 * Service-credential mode through the production console: a confined tenant's
 * server create naming another tenant's floating IP is refused by the console
 * itself, and SCP (the simulator, counting its own requests) sees no write.
 */
let sim: RunningSimulator;
let consoleApp: RunningConsole;
let acme: ConsoleAgent;
let acmeProjectId: string;
let globexProjectId: string;
const [admin] = DEMO_ACCOUNTS;

function hash(password: string): string {
  const salt = '00112233445566778899aabbccddeeff';
  return `scrypt:${salt}:${scryptSync(password, salt, 64).toString('hex')}`;
}

const writes = () => ['POST', 'PUT', 'DELETE'].reduce((n, m) => n + (sim.sim.stats.byMethod[m] ?? 0), 0);

beforeAll(async () => {
  sim = await startSimulator({ port: 0, http: true, taskDurationMs: 300 });
  const projects = [...sim.sim.store.projects.values()];
  acmeProjectId = projects.find((p) => p.name === 'acme')!.id;
  globexProjectId = projects.find((p) => p.name === 'globex')!.id;
  consoleApp = await startConsole({
    SCP_BASE_URL: sim.url,
    SESSION_SECRET: 'integration-secret-that-is-long-enough-9012',
    SCP_ACCESS_KEY: admin.accessKey,
    SCP_SECRET_KEY: admin.secretKey,
    CONSOLE_ACCOUNTS: JSON.stringify([{ username: 'acme-ops', password_hash: hash('acme-password-2'), role: 'tenant', project_id: acmeProjectId }]),
  });
  acme = new ConsoleAgent(consoleApp.url);
  const signIn = await acme.request('POST', '/api/session', { body: { username: 'acme-ops', password: 'acme-password-2' } });
  expect(signIn.status, signIn.text).toBe(200);
}, 60_000);

afterAll(async () => {
  await consoleApp?.stop();
  await sim?.close();
});

/** A server create acme may send, in its own subnet from a public aCloud image. */
async function serverCreate(floatingipId: string) {
  const subnet = [...sim.sim.store.subnets.values()].find((s) => s.project_id === acmeProjectId && s.is_visible === 1)!;
  const image = (await acme.request('GET', `/api/images?image_type=public&disk_format=aCloud&az_id=${subnet.az_id}&pageSize=1`)).json.items[0];
  return {
    name: 'it-body-ids', cores: 1, sockets: 1, memory_mb: 1024, image_id: image.id, az_id: subnet.az_id, storage_tag_id: '00000000-0000-0000-0000-000000000000',
    disks: [{ id: 'ide0', type: 'derive_disk', size_mb: image.disks[0].size_mb, preallocate: image.disks[0].preallocate }],
    networks: [{ vif_id: 'net0', connect: 1, vpc_id: subnet.vpc_id, subnet_id: subnet.id }],
    floatingip: { floatingip_id: floatingipId },
  };
}

describe('ids in a confined body', () => {
  it('another tenant\'s floating IP in a server create is refused by the console, with 0 writes upstream', async () => {
    const theirs = [...sim.sim.store.floatingIps.values()].find((f) => f.project_id === globexProjectId && !f.binding)!;
    const body = await serverCreate(theirs.id);
    const serversBefore = sim.sim.store.servers.size;
    const writesBefore = writes();
    const r = await acme.request('POST', '/api/servers', { body });
    expect(r.status, r.text).toBe(404);
    expect(r.json.error).toMatchObject({ code: 'not_found', message: expect.stringContaining(`body floatingip.floatingip_id: floating IP ${theirs.id}`) });
    expect(writes() - writesBefore).toBe(0);
    expect(sim.sim.store.servers.size).toBe(serversBefore);
    expect(sim.sim.store.floatingIps.get(theirs.id)?.binding).toBeNull();
  });

  it('an unknown key anywhere in the body is refused by its path, with 0 writes upstream', async () => {
    const mine = [...sim.sim.store.floatingIps.values()].find((f) => f.project_id === acmeProjectId && !f.binding)!;
    const body = await serverCreate(mine.id);
    const writesBefore = writes();
    const r = await acme.request('POST', '/api/servers', { body: { ...body, disks: [{ ...body.disks[0], colour: 'red' }] } });
    expect(r.status, r.text).toBe(400);
    expect(r.json.error.message).toContain('body disks.0.colour: unknown parameter colour');
    expect(writes() - writesBefore).toBe(0);
  });

  it('the tenant\'s own floating IP goes through', async () => {
    const mine = [...sim.sim.store.floatingIps.values()].find((f) => f.project_id === acmeProjectId && !f.binding)!;
    const r = await acme.request('POST', '/api/servers', { body: await serverCreate(mine.id) });
    expect(r.status, r.text).toBe(200);
    expect(sim.sim.store.servers.get(r.json.uuids[0])?.project_id).toBe(acmeProjectId);
  });
});
