import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allOperations } from '@/lib/scp';
import { ScpClient } from '../scp';
import { FAST_RETRY, recordingLogger, recordingTransport, testSettings } from '../scp/testing';
import { createTransport, type WireRequest } from '../scp/transport';
import type { ConsoleSession } from '../session';
import type { Task } from '../simulator/tasks/engine';
import { createDispatcher } from './dispatcher';
import { scpOperation } from './operation';
import { recoverHooks } from './recover-hooks';
import { demoSessions, memoryLogger, request, send, startWorld, type BffWorld } from './testing';

/*
 * A change whose answer is lost (the simulator resets the connection after
 * applying it) through the console API: the client retries with the same
 * X-Client-Token, SCP refuses the repeat with its idempotency 429 (a DELETE is
 * not retried at all), and the operation's recover hook finds the outcome. The
 * browser gets a normal answer, and exactly one thing was done.
 */

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;
let current: ConsoleSession;

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
});
afterAll(() => world.close());
beforeEach(() => {
  current = s.acme;
  world.running.sim.faults.update({ resetRate: 0 });
});

const sim = () => world.running.sim;
const unique = (what: string) => `lost-${what}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const tasksWhere = (match: (t: Task) => boolean) => [...sim().tasks.all()].filter((t) => !t.parent_id && match(t));

/**
 * Sends `req` through a console whose SCP connection is reset after SCP has
 * applied the change (`method`): the fault is on for exactly the change's first
 * attempt. Returns the browser's answer and what the SCP client did.
 */
async function withLostAnswer(method: string, path: string, body?: unknown) {
  const scpLogger = recordingLogger();
  const settings = testSettings(world.running.url, { cacheMs: 0 });
  const inner = recordingTransport(createTransport(settings, scpLogger));
  let armed = false;
  const transport = {
    ...inner,
    async send(req: WireRequest) {
      const first = req.method === method && !armed;
      if (first) {
        armed = true;
        sim().faults.update({ resetRate: 1 });
      }
      try {
        return await inner.send(req);
      } finally {
        if (first) sim().faults.update({ resetRate: 0 });
      }
    },
  };
  const client = new ScpClient(settings, { logger: scpLogger, transport, retry: FAST_RETRY });
  const logger = memoryLogger();
  try {
    const dispatcher = createDispatcher({ loadSession: async () => current, client: () => client, rsaPadding: () => 'pkcs1', logger });
    const r = await send(dispatcher, request(method, path, { body }));
    expect(logger.errors).toEqual([]);
    return {
      r,
      changes: inner.sent.filter((x) => x.method === method),
      attempts: scpLogger.requests.filter((x) => x.method === method).map((x) => x.status),
      recovered: scpLogger.warnings.includes('recovered the outcome of a request whose answer was lost'),
    };
  } finally {
    sim().faults.update({ resetRate: 0 });
    await client.close();
  }
}

/** A server of acme's to start from: made from an aCloud image (its system disk derives from the image). */
function acmeTemplate() {
  const project = world.projectOf('acme');
  const server = [...sim().store.servers.values()].find((x) => x.project_id === project && x.in_recycle_bin === 0 && sim().store.images.get(x.image_id)?.disk_format === 'aCloud');
  if (!server) throw new Error('no aCloud server of acme in the seed');
  return server;
}

function serverBody(name: string, count?: number) {
  const t = acmeTemplate();
  return {
    name, count, az_id: t.az_id, image_id: t.image_id, storage_tag_id: t.storage_tag_id, cores: 1, sockets: 1, memory_mb: 1024,
    disks: [{ id: 'ide0', type: 'derive_disk', size_mb: t.disks[0].size_mb, preallocate: 'off' }], networks: [],
  };
}

function acmeServer(status: string) {
  const project = world.projectOf('acme');
  const server = [...sim().store.servers.values()].find((x) => x.project_id === project && x.status === status && x.in_recycle_bin === 0);
  if (!server) throw new Error(`no ${status} server of acme`);
  return server;
}

describe('a lost answer through the console API', () => {
  it('server create: one server, one task, the normal answer', async () => {
    const name = unique('server');
    const { r, changes, attempts, recovered } = await withLostAnswer('POST', '/api/servers', serverBody(name));
    expect(recovered).toBe(true);
    expect(r).toMatchObject({ status: 200, json: { task_id: expect.any(String), uuids: [expect.any(String)] } });
    expect(attempts).toEqual([0, 429]);
    expect(changes[1].headers['X-Client-Token']).toBe(changes[0].headers['X-Client-Token']);
    const named = [...sim().store.servers.values()].filter((x) => x.name === name);
    expect(named.map((x) => x.id)).toEqual(r.json.uuids);
    expect(tasksWhere((t) => t.object_id === named[0].id && t.action === '创建云主机').map((t) => t.id)).toEqual([r.json.task_id]);
  });

  it('server create with count 2: the batch task and both servers', async () => {
    const name = unique('batch');
    const { r, recovered } = await withLostAnswer('POST', '/api/servers', serverBody(name, 2));
    expect(recovered).toBe(true);
    const named = [...sim().store.servers.values()].filter((x) => x.name.startsWith(name));
    expect(named).toHaveLength(2);
    expect(r.status).toBe(200);
    expect([...r.json.uuids].sort()).toEqual(named.map((x) => x.id).sort());
    const batches = tasksWhere((t) => t.action === '创建云主机' && t.sub_task_ids.some((id) => named.some((x) => x.id === sim().tasks.get(id)?.object_id)));
    expect(batches.map((t) => t.id)).toEqual([r.json.task_id]);
  });

  it('power action (start): one task, the normal answer', async () => {
    const server = acmeServer('stopped');
    const before = tasksWhere((t) => t.object_id === server.id && t.action === '启动云主机').length;
    const { r, attempts, recovered } = await withLostAnswer('POST', `/api/servers/${server.id}/start`);
    expect(recovered).toBe(true);
    expect(attempts).toEqual([0, 429]);
    expect(r).toMatchObject({ status: 200, json: { task_id: expect.any(String) } });
    const starts = tasksWhere((t) => t.object_id === server.id && t.action === '启动云主机');
    expect(starts).toHaveLength(before + 1);
    expect(starts.at(-1)!.id).toBe(r.json.task_id);
  });

  it('server delete (a DELETE is not retried): the task of the one delete', async () => {
    const server = acmeServer('stopped');
    const { r, attempts, recovered } = await withLostAnswer('DELETE', `/api/servers/${server.id}`);
    expect(recovered).toBe(true);
    expect(attempts).toEqual([0]);
    expect(r).toMatchObject({ status: 200, json: { task_id: expect.any(String) } });
    expect(tasksWhere((t) => t.object_id === server.id && t.action === '删除云主机').map((t) => t.id)).toEqual([r.json.task_id]);
  });

  it('snapshot create: the task and the new snapshot\'s id', async () => {
    const server = acmeServer('running');
    const name = unique('snap');
    const { r, recovered } = await withLostAnswer('POST', `/api/servers/${server.id}/snapshots`, { name });
    expect(recovered).toBe(true);
    const snaps = [...sim().store.snapshots.values()].filter((x) => x.name === name);
    expect(snaps).toHaveLength(1);
    expect(r).toMatchObject({ status: 200, json: { task_id: expect.any(String), resource_id: snaps[0].id } });
  });

  it('tenant create (synchronous), then a VPC for it (one per tenant per AZ)', async () => {
    current = s.admin;
    const name = unique('tenant');
    const created = await withLostAnswer('POST', '/api/projects', {
      project: { name, project_admin: { user_name: name, mail: `${name}@example.com`, phone: '13800000000', password: 'Tenant-pass-1' } },
    });
    expect(created.recovered).toBe(true);
    const tenants = [...sim().store.projects.values()].filter((p) => p.name === name);
    expect(tenants).toHaveLength(1);
    expect(created.r).toMatchObject({ status: 200, json: { project: { id: tenants[0].id, name } } });

    // Associating an AZ is not a console route: the fixture does it in the simulator.
    const azId = [...sim().store.azs.keys()][0];
    tenants[0].az_ids.push(azId);
    const vpc = await withLostAnswer('POST', '/api/vpcs', { az_id: azId, project_id: tenants[0].id, name: 'vpc' });
    expect(vpc.recovered).toBe(true);
    const vpcsOfTenant = [...sim().store.vpcs.values()].filter((v) => v.project_id === tenants[0].id);
    expect(vpcsOfTenant).toHaveLength(1);
    expect(vpc.r).toMatchObject({ status: 200, json: { task_id: expect.any(String) } });
    expect(sim().tasks.get(vpc.r.json.task_id)?.object_id).toBe(vpcsOfTenant[0].id);
  });

  it('subnet create (synchronous): the one subnet', async () => {
    const vpcId = [...sim().store.vpcs.values()].find((v) => v.project_id === world.projectOf('acme'))!.id;
    const name = unique('subnet');
    const third = 100 + Math.floor(Math.random() * 100);
    const { r, recovered } = await withLostAnswer('POST', '/api/subnets', {
      name, vpc_id: vpcId, cidr: `10.77.${third}.0/24`, gateway_ip: `10.77.${third}.1`, allocation_pools: [{ start: `10.77.${third}.10`, end: `10.77.${third}.200` }],
    });
    expect(recovered).toBe(true);
    const named = [...sim().store.subnets.values()].filter((x) => x.name === name);
    expect(named).toHaveLength(1);
    expect(r).toMatchObject({ status: 200, json: { id: named[0].id, name, vpc_id: vpcId } });
  });

  it('floating IP create (synchronous, no name): the one IP allocated since the call; two such IPs are not told apart', async () => {
    const project = world.projectOf('acme');
    const mine = () => [...sim().store.floatingIps.values()].filter((f) => f.project_id === project);
    // The seed made acme's IPs a moment ago; make them an hour old, as they would be on a real SCP.
    for (const f of mine()) f.created_at = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const before = mine().length;
    const body = { project_id: project, floatingip_pool_id: [...sim().store.floatingIpPools.values()][0].id, bandwidth: { qos_uplink: 1024, qos_downlink: 1024 } };
    const first = await withLostAnswer('POST', '/api/floatingips', body);
    expect(first.recovered).toBe(true);
    expect(mine()).toHaveLength(before + 1);
    expect(first.r).toMatchObject({ status: 200, json: { id: mine().at(-1)!.id, project_id: project, floatingip_pool_id: body.floatingip_pool_id } });

    const second = await withLostAnswer('POST', '/api/floatingips', body);
    expect(mine()).toHaveLength(before + 2);
    expect(second.recovered).toBe(false);
    expect(second.r).toMatchObject({ status: 502, json: { error: { code: 'scp_outcome_unknown' } } });
  });

  it('image create: the record and its task', async () => {
    const name = unique('image');
    const azId = sim().store.projects.get(world.projectOf('acme'))!.az_ids[0];
    const { r, recovered } = await withLostAnswer('POST', '/api/images', { image_type: 'private', name, azs: [azId], disk_format: 'ISO' });
    expect(recovered).toBe(true);
    const named = [...sim().store.images.values()].filter((x) => x.name === name);
    expect(named).toHaveLength(1);
    expect(r).toMatchObject({ status: 200, json: { id: named[0].id, task_id: expect.any(String) } });
    expect(sim().tasks.get(r.json.task_id)?.object_id).toBe(named[0].id);
  });
});

describe('the hook table', () => {
  it('names only changes of the registry', () => {
    const changes = new Map(allOperations().map((o) => [o.name, o.method]));
    for (const name of Object.keys(recoverHooks(scpOperation))) expect(changes.get(name), name).toMatch(/^(POST|PUT|DELETE)$/);
  });
});

describe('when the outcome cannot be told', () => {
  it('answers 502 scp_outcome_unknown, not a guess: a stop of a server that SCP refused', async () => {
    // SCP refuses to stop a stopped server (400) and the refusal is lost: nothing was started, so nothing is found.
    const server = acmeServer('stopped');
    const client = new ScpClient(testSettings(world.running.url, { cacheMs: 0 }), { logger: recordingLogger(), retry: FAST_RETRY });
    try {
      const dispatcher = createDispatcher({ loadSession: async () => current, client: () => client, rsaPadding: () => 'pkcs1', logger: memoryLogger() });
      // The simulator resets only after success, so the lost refusal is played by repeating a token SCP has seen.
      const token = crypto.randomUUID();
      const first = await send(dispatcher, request('POST', `/api/servers/${server.id}/stop`, { headers: { 'x-client-token': token } }));
      expect(first.status).toBe(400);
      const again = await send(dispatcher, request('POST', `/api/servers/${server.id}/stop`, { headers: { 'x-client-token': token } }));
      expect(again).toMatchObject({ status: 502, json: { error: { code: 'scp_outcome_unknown', message: expect.stringMatching(/already received/) } } });
    } finally {
      await client.close();
    }
  });
});
