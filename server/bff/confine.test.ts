import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../session';
import { demoSessions, dispatcherFor, request, send, startWorld, type BffWorld } from './testing';

/*
 * Service-credential mode: acme's calls go to SCP with the platform's key pair,
 * so SCP shows everything and the console must keep acme to its project. Each
 * answer is compared with what SCP itself shows acme with acme's own key pair.
 */

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;
let acme: string;

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
  acme = world.projectOf('acme');
});
afterAll(() => world.close());

const as = (session: ConsoleSession, method: string, path: string, body?: unknown) => send(dispatcherFor(world, () => session), request(method, path, { body }));

function serverOf(tenant: string, status: string): string {
  const project = world.projectOf(tenant);
  const server = [...world.running.sim.store.servers.values()].find((x) => x.project_id === project && x.status === status && x.in_recycle_bin === 0);
  if (!server) throw new Error(`no ${status} server of ${tenant}`);
  return server.id;
}

describe('lists', () => {
  it.each(['/api/servers', '/api/vpcs', '/api/subnets', '/api/floatingips', '/api/quotas', '/api/tasks', '/api/users', '/api/projects', '/api/azs', '/api/images'])(
    '%s shows what SCP shows the tenant itself',
    async (path) => {
      const confined = await as(s.confinedAcme, 'GET', `${path}?pageSize=100`);
      const own = await as(s.acme, 'GET', `${path}?pageSize=100`);
      expect(confined.status).toBe(200);
      const ids = (r: typeof own) => r.json.items.map((x: { id?: string; task_id?: string }) => x.id ?? x.task_id).sort();
      expect(ids(confined)).toEqual(ids(own));
      expect(confined.json.total).toBe(own.json.total);
    },
  );

  it('forces the project even when another is asked for', async () => {
    const r = await as(s.confinedAcme, 'GET', `/api/servers?project_id=${world.projectOf('globex')}&pageSize=100`);
    expect(r.json.items.length).toBeGreaterThan(0);
    expect(r.json.items.every((x: { project_id: string }) => x.project_id === acme)).toBe(true);
  });

  it('pages scanned lists itself', async () => {
    const all = await as(s.confinedAcme, 'GET', '/api/images?pageSize=100');
    const second = await as(s.confinedAcme, 'GET', '/api/images?page=2&pageSize=2');
    expect(second.json).toMatchObject({ total: all.json.total, page: 2, pageSize: 2 });
    expect(second.json.items).toEqual(all.json.items.slice(2, 4));
  });
});

describe('details and mutations of another tenant\'s resources', () => {
  it('answer 404, as SCP does for the tenant', async () => {
    const globexServer = serverOf('globex', 'running');
    expect((await as(s.confinedAcme, 'GET', `/api/servers/${globexServer}`)).status).toBe(404);
    expect((await as(s.acme, 'GET', `/api/servers/${globexServer}`)).status).toBe(404);
    const stopped = serverOf('globex', 'stopped');
    const r = await as(s.confinedAcme, 'POST', `/api/servers/${stopped}/start`);
    expect(r).toMatchObject({ status: 404, json: { error: { code: 'not_found' } } });
    expect(world.running.sim.store.servers.get(stopped)?.status).toBe('stopped');
  });

  it('refuse a batch that includes another tenant\'s server, before anything starts', async () => {
    const mine = serverOf('acme', 'stopped');
    const theirs = serverOf('globex', 'stopped');
    const r = await as(s.confinedAcme, 'POST', '/api/servers/action', { server_ids: [mine, theirs], action: 'start' });
    expect(r.status).toBe(404);
    expect(world.running.sim.store.servers.get(mine)?.status).toBe('stopped');
  });

  it('let the tenant act on its own resources', async () => {
    const mine = serverOf('acme', 'stopped');
    const r = await as(s.confinedAcme, 'POST', `/api/servers/${mine}/start`);
    expect(r).toMatchObject({ status: 200, json: { task_id: expect.any(String) } });
    expect((await as(s.confinedAcme, 'GET', `/api/tasks/${r.json.task_id}`)).status).toBe(200);
  });

  it('hide other tenants\' tasks, floating IPs, subnets and projects', async () => {
    const globexTask = (await as(s.globex, 'GET', '/api/tasks?pageSize=1')).json.items[0].id;
    expect((await as(s.confinedAcme, 'GET', `/api/tasks/${globexTask}`)).status).toBe(404);
    const globexFip = (await as(s.globex, 'GET', '/api/floatingips?pageSize=1')).json.items[0].id;
    expect((await as(s.confinedAcme, 'GET', `/api/floatingips/${globexFip}`)).status).toBe(404);
    expect((await as(s.confinedAcme, 'DELETE', `/api/floatingips/${globexFip}`)).status).toBe(404);
    const globexSubnet = (await as(s.globex, 'GET', '/api/subnets?pageSize=1')).json.items[0].id;
    expect((await as(s.confinedAcme, 'PUT', `/api/subnets/${globexSubnet}`, { name: 'mine-now' })).status).toBe(404);
    expect((await as(s.confinedAcme, 'GET', `/api/projects/${world.projectOf('globex')}`)).status).toBe(404);
    expect((await as(s.confinedAcme, 'GET', `/api/projects/${acme}`)).status).toBe(200);
  });

  it('hide SCP\'s hidden subnets of the tenant\'s own VPCs', async () => {
    const hidden = [...world.running.sim.store.subnets.values()].find((x) => x.project_id === acme && x.is_visible === 0)!;
    expect((await as(s.confinedAcme, 'GET', `/api/subnets/${hidden.id}`)).status).toBe(404);
    expect((await as(s.confinedAcme, 'DELETE', `/api/subnets/${hidden.id}`)).status).toBe(404);
  });
});

describe('a confined account without a project', () => {
  it('sees nothing, rather than everything', async () => {
    const orphan = { ...s.confinedAcme, user: { ...s.confinedAcme.user, projectId: '' } };
    for (const path of ['/api/servers', '/api/hosts', `/api/servers/${serverOf('acme', 'running')}`]) {
      expect(await as(orphan, 'GET', path), path).toMatchObject({ status: 403, json: { error: { code: 'not_permitted' } } });
    }
  });
});

describe('creates', () => {
  it('put new resources in the tenant\'s project whatever the body says', async () => {
    const pool = (await as(s.acme, 'GET', '/api/floatingips?pageSize=1')).json.items[0].floatingip_pool_id;
    const r = await as(s.confinedAcme, 'POST', '/api/floatingips', {
      project_id: world.projectOf('globex'), floatingip_pool_id: pool, bandwidth: { qos_uplink: 1024, qos_downlink: 1024 },
    });
    expect(r).toMatchObject({ status: 200, json: { project_id: acme } });
    expect((await as(s.confinedAcme, 'DELETE', `/api/floatingips/${r.json.id}`)).status).toBe(204);
  });

  it('create servers in the tenant\'s project, on its own subnets only', async () => {
    const subnet = (await as(s.acme, 'GET', '/api/subnets?pageSize=1')).json.items[0];
    const image = (await as(s.confinedAcme, 'GET', `/api/images?image_type=public&disk_format=aCloud&az_id=${subnet.az_id}&pageSize=1`)).json.items[0];
    const body = (nic: { vpc_id: string; id: string }) => ({
      name: 'bff-confined', cores: 2, sockets: 1, memory_mb: 2048, image_id: image.id, az_id: subnet.az_id, storage_tag_id: '00000000-0000-0000-0000-000000000000',
      disks: [{ id: 'ide0', type: 'derive_disk', size_mb: image.disks[0].size_mb, preallocate: image.disks[0].preallocate }],
      networks: [{ vif_id: 'net0', connect: 1, vpc_id: nic.vpc_id, subnet_id: nic.id }],
      project_id: world.projectOf('globex'),
    });
    const globexSubnet = (await as(s.globex, 'GET', '/api/subnets?pageSize=1')).json.items[0];
    expect((await as(s.confinedAcme, 'POST', '/api/servers', body(globexSubnet))).status).toBe(404);
    const created = await as(s.confinedAcme, 'POST', '/api/servers', body(subnet));
    expect(created).toMatchObject({ status: 200, json: { task_id: expect.any(String), uuids: [expect.any(String)] } });
    expect(world.running.sim.store.servers.get(created.json.uuids[0])?.project_id).toBe(acme);
  });

  it('refuse references to another tenant\'s network', async () => {
    const globexVpc = (await as(s.globex, 'GET', '/api/vpcs?pageSize=1')).json.items[0].id;
    const r = await as(s.confinedAcme, 'POST', '/api/subnets', {
      name: 'sneaky', vpc_id: globexVpc, cidr: '10.99.0.0/24', gateway_ip: '10.99.0.1', allocation_pools: [{ start: '10.99.0.2', end: '10.99.0.9' }],
    });
    expect(r).toMatchObject({ status: 404, json: { error: { message: expect.stringContaining(globexVpc) } } });
  });

  it('allow only private images of the tenant', async () => {
    const az = (await as(s.confinedAcme, 'GET', '/api/azs')).json.items[0].id;
    const pub = await as(s.confinedAcme, 'POST', '/api/images', { image_type: 'public', name: 'x', azs: [az], disk_format: 'ISO' });
    expect(pub).toMatchObject({ status: 403, json: { error: { code: 'not_permitted' } } });
    const priv = await as(s.confinedAcme, 'POST', '/api/images', { image_type: 'private', name: 'mine', azs: [az], disk_format: 'ISO', owner_id: world.projectOf('globex') });
    expect(priv.status).toBe(200);
    const listed = await as(s.acme, 'GET', `/api/images?image_ids=${priv.json.id}`);
    expect(listed.json.items[0]).toMatchObject({ owner_id: acme });
    const publicImage = (await as(s.confinedAcme, 'GET', '/api/images?image_type=public&pageSize=1')).json.items[0].id;
    expect((await as(s.confinedAcme, 'DELETE', `/api/images/${publicImage}`)).status).toBe(403);
  });

  it('refuse cloning, whose result SCP would give to the platform', async () => {
    const r = await as(s.confinedAcme, 'POST', `/api/servers/${serverOf('acme', 'running')}/clone`, { name: 'c', power_on: 0, count: 1 });
    expect(r).toMatchObject({ status: 403, json: { error: { code: 'not_permitted' } } });
  });
});
