import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../session';
import { demoSessions, dispatcherFor, request, send, startWorld, type BffWorld } from './testing';

/*
 * Service-credential mode, ids inside bodies: acme's calls reach SCP with the
 * platform's key pair, which would accept another tenant's floating IP, subnet,
 * port or AZ in a body. The console refuses each, naming the field, and SCP
 * sees no write (the simulator's own request counters).
 */

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;
let acme: string;
let globex: string;
const SPARE_AZ = '5ba7e1c0-4d2f-4e8a-9c61-0d3b2a1f9e77';

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
  acme = world.projectOf('acme');
  globex = world.projectOf('globex');
  // A resource pool that exists in SCP but is given to no tenant (the seed gives every tenant all of its AZs).
  const [first] = store().azs.values();
  store().azs.set(SPARE_AZ, { ...first, id: SPARE_AZ, name: 'bff-spare-pool' });
});
afterAll(() => world.close());
beforeEach(() => {
  world.running.sim.stats.byMethod = {};
});

const as = (session: ConsoleSession, method: string, path: string, body?: unknown) => send(dispatcherFor(world, () => session), request(method, path, { body }));
const writes = () => ['POST', 'PUT', 'DELETE'].reduce((n, m) => n + (world.running.sim.stats.byMethod[m] ?? 0), 0);
const store = () => world.running.sim.store;
const fipOf = (project: string) => [...store().floatingIps.values()].find((f) => f.project_id === project && !f.binding)!;
const subnetOf = (project: string) => [...store().subnets.values()].find((x) => x.project_id === project && x.is_visible === 1)!;
const foreignAz = () => [...store().azs.keys()].find((id) => !store().projects.get(acme)!.az_ids.includes(id))!;

/** Expects the console's own refusal, naming `field`, with no write reaching SCP. */
function refusedNaming(r: { status: number; json: any }, status: 403 | 404, field: string): void {
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  expect(r.json.error.message).toContain(`body ${field}:`);
  expect(writes()).toBe(0);
}

/** A server create of acme's in its own subnet, from a public aCloud image; `over` changes it. */
async function serverCreate(over: Record<string, unknown> = {}) {
  const subnet = subnetOf(acme);
  const image = (await as(s.confinedAcme, 'GET', `/api/images?image_type=public&disk_format=aCloud&az_id=${subnet.az_id}&pageSize=1`)).json.items[0];
  return {
    name: 'bff-body-ids', cores: 1, sockets: 1, memory_mb: 1024, image_id: image.id, az_id: subnet.az_id, storage_tag_id: '00000000-0000-0000-0000-000000000000',
    disks: [{ id: 'ide0', type: 'derive_disk', size_mb: image.disks[0].size_mb, preallocate: image.disks[0].preallocate }],
    networks: [{ vif_id: 'net0', connect: 1, vpc_id: subnet.vpc_id, subnet_id: subnet.id }],
    ...over,
  };
}

describe('a server create', () => {
  it('refuses another tenant\'s floating IP, before SCP is called', async () => {
    const theirs = fipOf(globex).id;
    const body = await serverCreate({ floatingip: { floatingip_id: theirs } });
    world.running.sim.stats.byMethod = {};
    const r = await as(s.confinedAcme, 'POST', '/api/servers', body);
    refusedNaming(r, 404, 'floatingip.floatingip_id');
    expect(r.json.error.message).toContain(theirs);
    expect(store().floatingIps.get(theirs)?.binding).toBeNull();
  });

  it('refuses an AZ the tenant is not given', async () => {
    const az = foreignAz();
    expect(az).toBe(SPARE_AZ);
    const r = await as(s.confinedAcme, 'POST', '/api/servers', await serverCreate({ az_id: az }));
    refusedNaming(r, 403, 'az_id');
  });

  it('refuses a dedicated host group, which the console does not offer', async () => {
    refusedNaming(await as(s.confinedAcme, 'POST', '/api/servers', await serverCreate({ dh_id: 'dh-1' })), 403, 'dh_id');
  });

  it('takes the tenant\'s own floating IP', async () => {
    const mine = fipOf(acme).id;
    const r = await as(s.confinedAcme, 'POST', '/api/servers', await serverCreate({ floatingip: { floatingip_id: mine } }));
    expect(r, JSON.stringify(r.json)).toMatchObject({ status: 200, json: { uuids: [expect.any(String)] } });
    expect(store().servers.get(r.json.uuids[0])?.project_id).toBe(acme);
  });
});

describe('other bodies', () => {
  it('a floating IP may not come from another tenant\'s subnet or AZ, nor a shared bandwidth', async () => {
    refusedNaming(await as(s.confinedAcme, 'POST', '/api/floatingips', { project_id: acme, subnet_id: subnetOf(globex).id }), 404, 'subnet_id');
    refusedNaming(await as(s.confinedAcme, 'POST', '/api/floatingips', { project_id: acme, az_ids: [foreignAz()] }), 403, 'az_ids.*');
    refusedNaming(await as(s.confinedAcme, 'POST', '/api/floatingips', { project_id: acme, sharedbandwidth_id: 'sb-1' }), 403, 'sharedbandwidth_id');
  });

  it('a binding may not name a port of another tenant\'s server, even in the tenant\'s own VPC', async () => {
    const vpc = subnetOf(acme).vpc_id;
    const port = [...store().servers.values()].filter((x) => x.project_id === globex).flatMap((x) => x.networks).find((n) => n.port_id)!.port_id;
    const r = await as(s.confinedAcme, 'POST', `/api/floatingips/${fipOf(acme).id}/binding`, { vpc_id: vpc, port_id: port });
    refusedNaming(r, 404, 'port_id');
  });

  it('a binding to a port of the tenant\'s own server in its VPC passes', async () => {
    const server = [...store().servers.values()].find((x) => x.project_id === acme && x.networks.some((n) => n.port_id && n.vpc_id))!;
    const nic = server.networks.find((n) => n.port_id && n.vpc_id)!;
    const r = await as(s.confinedAcme, 'POST', `/api/floatingips/${fipOf(acme).id}/binding`, { vpc_id: nic.vpc_id, port_id: nic.port_id });
    expect(r.status, JSON.stringify(r.json)).not.toBe(404);
    expect(r.status).not.toBe(403);
  });

  it('an image and a VPC go only to the tenant\'s AZs', async () => {
    refusedNaming(await as(s.confinedAcme, 'POST', '/api/images', { image_type: 'private', name: 'x', azs: [foreignAz()], disk_format: 'ISO' }), 403, 'azs.*');
    refusedNaming(await as(s.confinedAcme, 'POST', '/api/vpcs', { az_id: foreignAz(), project_id: acme }), 403, 'az_id');
  });

  it('a server edit may not attach a shared volume the server does not have', async () => {
    const server = [...store().servers.values()].find((x) => x.project_id === acme && x.in_recycle_bin === 0)!;
    const disks = [{ id: 'ide0', size_mb: 20480, is_old_disk: 1 }, { id: 'ide1', size_mb: 10240, type: 'share_disk', storage_id: 'volume-of-another-tenant' }];
    refusedNaming(await as(s.confinedAcme, 'PUT', `/api/servers/${server.id}`, { disks }), 403, 'disks.*.storage_id');
  });

  it('SCP-scoped sessions are left to SCP\'s own scoping', async () => {
    const r = await as(s.acme, 'POST', '/api/servers', await serverCreate({ floatingip: { floatingip_id: fipOf(globex).id } }));
    expect(r.json?.error?.message ?? '').not.toContain('body floatingip.floatingip_id');
  });
});
