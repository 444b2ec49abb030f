import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const SUBNETS = '/janus/20180725/subnets';
const SUBNET_FIELDS = ['allocation_pools', 'az_id', 'cidr', 'description', 'enable_dhcp', 'gateway_ip', 'id', 'is_visible', 'name', 'project_id', 'shared', 'status', 'vpc_id'];

let h: Harness;
let acmeVpcs: any[];
beforeAll(async () => {
  h = await startHarness();
  acmeVpcs = (await h.acme.request('GET', '/janus/20180725/vpcs')).data.data;
});
afterAll(() => h.close());

const plan = (third: number, extra: Record<string, unknown> = {}) => ({
  name: `net-${third}`, vpc_id: acmeVpcs[0].id, cidr: `10.30.${third}.0/24`, gateway_ip: `10.30.${third}.1`,
  allocation_pools: [{ start: `10.30.${third}.10`, end: `10.30.${third}.200` }], ...extra,
});

async function expectRefused(body: object, status: number, message: RegExp) {
  const res = await h.acme.request('POST', SUBNETS, { body });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body?.message).toMatch(message);
}

describe('subnet list and detail', () => {
  it('shows tenants their visible subnets only; admins also the hidden ones', async () => {
    const acme = await h.acme.request('GET', SUBNETS);
    expect(acme.status).toBe(200);
    expect(acme.data.data.map((s: any) => s.cidr).sort()).toEqual(['10.10.1.0/24', '10.10.2.0/24']);
    expect(Object.keys(acme.data.data[0]).sort()).toEqual(SUBNET_FIELDS);
    expect(acme.data.data[0]).toMatchObject({ status: 'active', is_visible: 1, shared: 0, description: null });

    const hidden = await h.admin.request('GET', SUBNETS, { query: { vpc_id: acmeVpcs[0].id, is_visible: 0 } });
    expect(hidden.data.data.map((s: any) => s.name).sort()).toEqual(['NFV管理子网', 'wan子网']);
    expect((await h.admin.request('GET', SUBNETS, { query: { vpc_id: acmeVpcs[0].id } })).data.total_size).toBe(3);
    expect((await h.acme.request('GET', SUBNETS, { query: { is_visible: 0 } })).data.total_size).toBe(0);
    expect((await h.acme.request('GET', `${SUBNETS}/${hidden.data.data[0].id}`)).status).toBe(404);
    expect((await h.admin.request('GET', `${SUBNETS}/${hidden.data.data[0].id}`)).data.is_visible).toBe(0);
  });

  it('filters by vpc_id, name and keywords, and reads one subnet', async () => {
    const byVpc = await h.acme.request('GET', SUBNETS, { query: { vpc_id: acmeVpcs[1].id } });
    expect(byVpc.data.data.map((s: any) => s.cidr)).toEqual(['10.10.2.0/24']);
    expect((await h.acme.request('GET', SUBNETS, { query: { keywords: 'SUBNET-1' } })).data.data[0].name).toBe('acme-subnet-1');
    const one = (await h.acme.request('GET', SUBNETS, { query: { name: 'acme-subnet-1' } })).data.data[0];
    const detail = await h.acme.request('GET', `${SUBNETS}/${one.id}`);
    expect(detail.status).toBe(200);
    expect(detail.data).toEqual(one);
  });

  it("hides another tenant's subnets (list and 404)", async () => {
    const acme = (await h.acme.request('GET', SUBNETS)).data.data;
    const globex = await h.globex.request('GET', SUBNETS);
    expect(globex.data.data.map((s: any) => s.cidr)).toEqual(['192.168.10.0/24']);
    expect((await h.globex.request('GET', `${SUBNETS}/${acme[0].id}`)).status).toBe(404);
    expect((await h.globex.request('PUT', `${SUBNETS}/${acme[0].id}`, { body: { name: 'x' } })).status).toBe(404);
    expect((await h.globex.request('DELETE', `${SUBNETS}/${acme[0].id}`)).status).toBe(404);
    expect((await h.globex.request('POST', SUBNETS, { body: plan(90) })).status).toBe(404);
  });
});

describe('subnet create, edit, delete', () => {
  it('creates synchronously (201 object), accepting netdomain_id for vpc_id', async () => {
    const { vpc_id, ...rest } = plan(1, { description: 'app tier', enable_dhcp: 0 });
    const res = await h.acme.request('POST', SUBNETS, { body: { ...rest, netdomain_id: vpc_id } });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data).toMatchObject({
      name: 'net-1', vpc_id, cidr: '10.30.1.0/24', gateway_ip: '10.30.1.1', netmask: '255.255.255.0', ip_version: 4, status: 'active',
      is_visible: 1, enable_dhcp: 0, description: 'app tier', az_id: acmeVpcs[0].az_id, project_id: acmeVpcs[0].project_id,
    });
    expect(res.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const listed = await h.acme.request('GET', SUBNETS, { query: { vpc_id } });
    expect(listed.data.data.map((s: any) => s.id)).toContain(res.data.id);
  });

  it('refuses bad address plans with messages naming the problem', async () => {
    await expectRefused(plan(2, { cidr: '10.30.2.0/33' }), 400, /cidr "10\.30\.2\.0\/33" is not a valid/);
    await expectRefused(plan(2, { gateway_ip: '10.31.0.1' }), 400, /gateway_ip 10\.31\.0\.1 is not a usable host address/);
    await expectRefused(plan(2, { allocation_pools: [{ start: '10.30.2.1', end: '10.30.2.50' }] }), 400, /contains the gateway/);
    await expectRefused(plan(2, { allocation_pools: [{ start: '10.30.2.100', end: '10.30.2.50' }] }), 400, /start 10\.30\.2\.100 is after end/);
    await expectRefused(plan(2, { name: undefined }), 400, /name/);
    await expectRefused({ ...plan(2), vpc_id: undefined }, 400, /vpc_id is required/);
  });

  it('refuses the NFV range 10.251.251.0/24 with 400', async () => {
    const reserved = { name: 'nfv', vpc_id: acmeVpcs[0].id, cidr: '10.251.251.0/24', gateway_ip: '10.251.251.1', allocation_pools: [{ start: '10.251.251.2', end: '10.251.251.254' }] };
    await expectRefused(reserved, 400, /10\.251\.251\.0\/24, which is reserved for NFV devices/);
    await expectRefused({ ...reserved, cidr: '10.251.0.0/16', gateway_ip: '10.251.0.1', allocation_pools: [{ start: '10.251.0.2', end: '10.251.0.254' }] }, 400, /reserved for NFV/);
  });

  it('refuses overlap inside the VPC with 409, and with floating-IP subnets with 400', async () => {
    await expectRefused(plan(3, { cidr: '10.10.1.128/25', gateway_ip: '10.10.1.129', allocation_pools: [{ start: '10.10.1.130', end: '10.10.1.140' }] }), 409, /overlaps subnet "acme-subnet-1"/);
    await expectRefused(plan(3, { cidr: '172.31.0.0/16', gateway_ip: '172.31.5.1', allocation_pools: [{ start: '172.31.5.2', end: '172.31.5.9' }] }), 409, /wan子网/);
    await expectRefused(plan(3, { cidr: '203.0.113.0/25', gateway_ip: '203.0.113.1', allocation_pools: [{ start: '203.0.113.2', end: '203.0.113.9' }] }), 400, /floating-IP subnet 203\.0\.113\.0\/24/);
    // The same block in another VPC is fine: VPCs are separate address spaces.
    const other = await h.acme.request('POST', SUBNETS, { body: { ...plan(3, { cidr: '10.10.1.0/24', gateway_ip: '10.10.1.1', allocation_pools: [{ start: '10.10.1.2', end: '10.10.1.9' }] }), vpc_id: acmeVpcs[1].id } });
    expect(other.status, other.body?.message).toBe(201);
    await h.acme.request('DELETE', `${SUBNETS}/${other.data.id}`);
  });

  it('refuses a duplicate name in the VPC with 409', async () => {
    await expectRefused(plan(4, { name: 'acme-subnet-1' }), 409, /already has a subnet named "acme-subnet-1"/);
  });

  it('edits name, description, DHCP and pools; cidr and gateway are immutable', async () => {
    const made = (await h.acme.request('POST', SUBNETS, { body: plan(5) })).data;
    const res = await h.acme.request('PUT', `${SUBNETS}/${made.id}`, {
      body: { name: 'net-5b', description: 'edited', enable_dhcp: 0, allocation_pools: [{ start: '10.30.5.20', end: '10.30.5.30' }], cidr: made.cidr },
    });
    expect(res.status, res.body?.message).toBe(200);
    expect(res.data).toMatchObject({ id: made.id, name: 'net-5b', description: 'edited', enable_dhcp: 0, allocation_pools: [{ start: '10.30.5.20', end: '10.30.5.30' }], netmask: '255.255.255.0' });
    const cidr = await h.acme.request('PUT', `${SUBNETS}/${made.id}`, { body: { cidr: '10.30.6.0/24' } });
    expect(cidr.status).toBe(400);
    expect(cidr.body?.message).toMatch(/cidr cannot be changed/);
    const gw = await h.acme.request('PUT', `${SUBNETS}/${made.id}`, { body: { gateway_ip: '10.30.5.254' } });
    expect(gw.status).toBe(400);
    expect(gw.body?.message).toMatch(/gateway_ip cannot be changed/);
    const clash = await h.acme.request('PUT', `${SUBNETS}/${made.id}`, { body: { name: 'acme-subnet-1' } });
    expect(clash.status).toBe(409);

    // A port holds 10.30.5.20: pools that leave it out are refused, and the subnet cannot go.
    const port = await h.acme.request('POST', '/janus/20180725/ports', { body: { vpc_id: made.vpc_id, subnet_id: made.id, name: 'nfv-leg' } });
    expect(port.status, port.body?.message).toBe(201);
    expect(port.data.ips_info).toEqual([{ ip_address: '10.30.5.20' }]);
    const strand = await h.acme.request('PUT', `${SUBNETS}/${made.id}`, { body: { allocation_pools: [{ start: '10.30.5.21', end: '10.30.5.30' }] } });
    expect(strand.status).toBe(400);
    expect(strand.body?.message).toMatch(/must keep 10\.30\.5\.20/);
    const busy = await h.acme.request('DELETE', `${SUBNETS}/${made.id}`);
    expect(busy.status).toBe(400);
    expect(busy.body?.message).toMatch(/in use by 1 port/);

    expect((await h.acme.request('DELETE', `/janus/20180725/ports/${port.data.id}`)).status).toBe(204);
    const gone = await h.acme.request('DELETE', `${SUBNETS}/${made.id}`);
    expect(gone.status).toBe(204);
    expect(gone.body).toBeUndefined();
    expect((await h.acme.request('GET', `${SUBNETS}/${made.id}`)).status).toBe(404);
  });

  it('refuses to delete a subnet that servers use', async () => {
    const used = (await h.acme.request('GET', SUBNETS, { query: { name: 'acme-subnet-1' } })).data.data[0];
    const res = await h.acme.request('DELETE', `${SUBNETS}/${used.id}`);
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/in use by \d+ port\(s\), e\.g\. server "acme-/);
  });

  it('refuses the 21st subnet of a tenant with 400 naming the limit', async () => {
    const have = (await h.acme.request('GET', SUBNETS)).data.total_size;
    const made: string[] = [];
    for (let i = have; i < 20; i++) {
      const res = await h.acme.request('POST', SUBNETS, { body: plan(100 + i) });
      expect(res.status, res.body?.message).toBe(201);
      made.push(res.data.id);
    }
    await expectRefused(plan(150), 400, /at most 20 subnets/);
    for (const id of made) expect((await h.acme.request('DELETE', `${SUBNETS}/${id}`)).status).toBe(204);
    expect((await h.acme.request('POST', SUBNETS, { body: plan(150) })).status).toBe(201);
  });
});
