import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

/** The document spells the collection both ways; every route must answer on both. */
const PP = '/janus/20180725/floatingippools';
const P = '/janus/20180725/floatingipools';

let h: Harness;
let lineTypes: any[];
let azIds: string[];
let seeded: any;
beforeAll(async () => {
  h = await startHarness();
  lineTypes = (await h.admin.request('GET', '/janus/20180725/linetypes')).data.linetypes;
  azIds = [...new Set<string>((await h.admin.request('GET', '/janus/20180725/vpcs')).data.data.map((v: any) => v.az_id))];
  seeded = (await h.admin.request('GET', PP)).data.data[0];
});
afterAll(() => h.close());

const poolBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name, line_type_id: lineTypes[1].id, description: 'edu', is_global: 0, az_ids: [azIds[0]], vlan: 0, qos_uplink: 2_000_000, qos_downlink: 2_000_000, ...extra,
});

describe('floating-IP pools', () => {
  it('are admin only: tenants get 403 on every route and spelling', async () => {
    for (const base of [PP, P]) {
      expect((await h.acme.request('GET', base)).status).toBe(403);
      expect((await h.acme.request('GET', `${base}/${seeded.id}`)).status).toBe(403);
      expect((await h.acme.request('GET', `${base}/${seeded.id}/subnets`)).status).toBe(403);
      expect((await h.globex.request('POST', base, { body: poolBody('x') })).status).toBe(403);
    }
  });

  it('lists on both spellings with the documented fields and filters', async () => {
    const a = await h.admin.request('GET', PP);
    const b = await h.admin.request('GET', P);
    expect(a.status).toBe(200);
    expect(b.data).toEqual(a.data);
    expect(a.data.data[0]).toMatchObject({
      name: '公网IP池', is_global: 1, az_ids: [], vlan: null, ip_count: 253, qos_uplink: 1_024_000, qos_downlink: 1_024_000,
      allocation_pools: [{ start: '203.0.113.2', end: '203.0.113.254' }], line_type_id: lineTypes[0].id,
    });
    expect((await h.admin.request('GET', P, { query: { floatingip_pool_id: seeded.id } })).data.total_size).toBe(1);
    expect((await h.admin.request('GET', P, { query: { query: '公网' } })).data.total_size).toBe(1);
    expect((await h.admin.request('GET', P, { query: { line_type_id: lineTypes[1].id } })).data.total_size).toBe(0);
  });

  it('detail adds usage on both spellings', async () => {
    const fips = (await h.admin.request('GET', '/janus/20180725/floatingips')).data.data;
    for (const base of [PP, P]) {
      const res = await h.admin.request('GET', `${base}/${seeded.id}`);
      expect(res.status).toBe(200);
      expect(res.data).toMatchObject({
        id: seeded.id, ip_count: 253, ip_used: fips.length, ip_bind: 0, pool_in_kbps: 0, pool_out_kbps: 0,
        allocated_bandwidth: fips.reduce((n: number, f: any) => n + f.bandwidth.qos_uplink_kbps, 0),
      });
    }
    expect((await h.admin.request('GET', `${PP}/no-such-pool`)).status).toBe(404);
  });

  it('creates (201 with project_id), enforcing equal qos and is_global/az_ids', async () => {
    const res = await h.admin.request('POST', P, { body: poolBody('电信一') });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data).toMatchObject({ name: '电信一', is_global: 0, az_ids: [azIds[0]], vlan: 0, qos_uplink: 2_000_000, qos_downlink: 2_000_000 });
    expect(typeof res.data.project_id).toBe('string');
    const global = await h.admin.request('POST', PP, { body: poolBody('global', { is_global: 1 }) });
    expect(global.data.az_ids).toEqual([]);

    const qos = await h.admin.request('POST', PP, { body: poolBody('bad', { qos_downlink: 1_000_000 }) });
    expect(qos.status).toBe(400);
    expect(qos.body?.message).toMatch(/qos_uplink \(2000000\) and qos_downlink \(1000000\) must be equal/);
    const noAz = await h.admin.request('POST', PP, { body: poolBody('bad', { az_ids: [] }) });
    expect(noAz.status).toBe(400);
    expect(noAz.body?.message).toMatch(/az_ids must name at least one AZ when is_global is 0/);
    expect((await h.admin.request('POST', PP, { body: poolBody('bad', { line_type_id: 'nope' }) })).status).toBe(404);
    expect((await h.admin.request('POST', PP, { body: poolBody('bad', { qos_uplink: 10, qos_downlink: 10 }) })).status).toBe(400);

    for (const id of [res.data.id, global.data.id]) expect((await h.admin.request('DELETE', `${PP}/${id}`)).status).toBe(204);
  });

  it('edits on both spellings (200), keeping the qos rule', async () => {
    const made = (await h.admin.request('POST', PP, { body: poolBody('edit-me') })).data;
    const a = await h.admin.request('PUT', `${PP}/${made.id}`, { body: { name: 'edited', description: 'x' } });
    expect(a.status).toBe(200);
    expect(a.data).toMatchObject({ name: 'edited', description: 'x', qos_uplink: 2_000_000 });
    const b = await h.admin.request('PUT', `${P}/${made.id}`, { body: { qos_uplink: 3_000_000, qos_downlink: 3_000_000, is_global: 1 } });
    expect(b.status).toBe(200);
    expect(b.data).toMatchObject({ qos_uplink: 3_000_000, is_global: 1, az_ids: [] });
    const bad = await h.admin.request('PUT', `${PP}/${made.id}`, { body: { qos_uplink: 4_000_000 } });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/must be equal/);
    await h.admin.request('DELETE', `${PP}/${made.id}`);
  });

  it('deletes by path id and by ?floatingipool_id= query, and refuses a pool with floating IPs', async () => {
    const one = (await h.admin.request('POST', PP, { body: poolBody('del-1') })).data;
    const two = (await h.admin.request('POST', PP, { body: poolBody('del-2') })).data;
    const byQuery = await h.admin.request('DELETE', P, { query: { floatingipool_id: one.id } });
    expect(byQuery.status).toBe(204);
    expect(byQuery.body).toBeUndefined();
    expect((await h.admin.request('DELETE', `${P}/${two.id}`)).status).toBe(204);
    expect((await h.admin.request('GET', `${PP}/${one.id}`)).status).toBe(404);
    expect((await h.admin.request('DELETE', `${PP}/${two.id}`)).status).toBe(404);
    const noId = await h.admin.request('DELETE', P);
    expect(noId.status).toBe(400);
    expect(noId.body?.message).toMatch(/floatingipool_id/);

    const busy = await h.admin.request('DELETE', P, { query: { floatingipool_id: seeded.id } });
    expect(busy.status).toBe(400);
    expect(busy.body?.message).toMatch(/allocated floating IP/);
  });

  it('caps the platform at 50 pools', async () => {
    const have = (await h.admin.request('GET', PP)).data.total_size;
    const made: string[] = [];
    for (let i = have; i < 50; i++) made.push((await h.admin.request('POST', PP, { body: poolBody(`cap-${i}`) })).data.id);
    const over = await h.admin.request('POST', PP, { body: poolBody('cap-51') });
    expect(over.status).toBe(400);
    expect(over.body?.message).toMatch(/at most 50/);
    for (const id of made) expect((await h.admin.request('DELETE', `${PP}/${id}`)).status).toBe(204);
  });
});

describe('floating-IP pool subnets', () => {
  it('lists as {subnets} with no list envelope, on both spellings', async () => {
    for (const base of [PP, P]) {
      const res = await h.admin.request('GET', `${base}/${seeded.id}/subnets`);
      expect(res.status).toBe(200);
      expect(Object.keys(res.data)).toEqual(['subnets']);
      expect(res.data.subnets[0]).toMatchObject({
        cidr: '203.0.113.0/24', gateway_ip: '203.0.113.1', netmask: '255.255.255.0', floatingip_pool_id: seeded.id, ip_version: 4, status: 'active', shared: 1,
      });
    }
  });

  it('creates from gateway_ip + netmask (201), refusing the reserved and overlapping ranges', async () => {
    const pool = (await h.admin.request('POST', PP, { body: poolBody('with-subnets', { is_global: 1 }) })).data;
    const body = { gateway_ip: '198.51.100.254', netmask: '255.255.255.0', allocation_pools: [{ start: '198.51.100.1', end: '198.51.100.100' }] };
    const res = await h.admin.request('POST', `${P}/${pool.id}/subnets`, { body });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data).toMatchObject({ cidr: '198.51.100.0/24', floatingip_pool_id: pool.id, shared: 1, is_visible: 1, enable_dhcp: 0, ip_version: 4 });
    expect(res.data.name).toBe(res.data.id);
    expect(res.data.created_at).toBeTruthy();

    const refuse = async (b: object, message: RegExp) => {
      const r = await h.admin.request('POST', `${PP}/${pool.id}/subnets`, { body: b });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body?.message).toMatch(message);
    };
    await refuse({ gateway_ip: '192.168.0.1', netmask: '255.255.255.128', allocation_pools: [{ start: '192.168.0.2', end: '192.168.0.9' }] }, /192\.168\.0\.0\/24/);
    await refuse({ gateway_ip: '172.30.5.1', netmask: '255.255.255.0', allocation_pools: [{ start: '172.30.5.2', end: '172.30.5.9' }] }, /172\.30\.0\.0\/17/);
    await refuse({ ...body, allocation_pools: [{ start: '198.51.100.2', end: '198.51.100.9' }] }, /overlaps floating-IP subnet 198\.51\.100\.0\/24/);
    await refuse({ gateway_ip: '10.10.1.1', netmask: '255.255.255.0', allocation_pools: [{ start: '10.10.1.2', end: '10.10.1.9' }] }, /overlaps tenant subnet "acme-subnet-1"/);
    await refuse({ ...body, netmask: '255.0.255.0' }, /netmask/);
    await refuse({ gateway_ip: '198.51.101.1', netmask: '255.255.255.0', allocation_pools: [{ start: '198.51.101.1', end: '198.51.101.9' }] }, /contains the gateway/);

    const detail = await h.admin.request('GET', `${PP}/${pool.id}/subnets/${res.data.id}`);
    expect(detail.data).toEqual(res.data);
    const edit = await h.admin.request('PUT', `${PP}/${pool.id}/subnets/${res.data.id}`, { body: { allocation_pools: [{ start: '198.51.100.1', end: '198.51.100.50' }], name: 'edu-1', desc: 'x' } });
    expect(edit.status, edit.body?.message).toBe(200);
    expect(edit.data).toMatchObject({ name: 'edu-1', allocation_pools: [{ start: '198.51.100.1', end: '198.51.100.50' }] });
    expect((await h.admin.request('GET', `${PP}/${pool.id}`)).data.ip_count).toBe(50);

    // A floating IP from the subnet blocks deleting the subnet and the pool, and shrinking past it.
    const acmeProject = (await h.acme.request('GET', '/janus/20180725/vpcs')).data.data[0].project_id;
    const fip = await h.admin.request('POST', '/janus/20180725/floatingips', {
      body: { project_id: acmeProject, floatingip_pool_id: pool.id, floating_ip: '198.51.100.40', bandwidth: { qos_uplink: 1000, qos_downlink: 1000 } },
    });
    expect(fip.status, fip.body?.message).toBe(201);
    const shrink = await h.admin.request('PUT', `${PP}/${pool.id}/subnets/${res.data.id}`, { body: { allocation_pools: [{ start: '198.51.100.1', end: '198.51.100.30' }] } });
    expect(shrink.status).toBe(400);
    expect(shrink.body?.message).toMatch(/must keep 198\.51\.100\.40/);
    const busy = await h.admin.request('DELETE', `${PP}/${pool.id}/subnets/${res.data.id}`);
    expect(busy.status).toBe(400);
    expect(busy.body?.message).toMatch(/in use/);
    expect((await h.admin.request('DELETE', `${PP}/${pool.id}`)).status).toBe(400);

    expect((await h.admin.request('DELETE', `/janus/20180725/floatingips/${fip.data.id}`)).status).toBe(204);
    expect((await h.admin.request('DELETE', `${P}/${pool.id}/subnets/${res.data.id}`)).status).toBe(204);
    expect((await h.admin.request('GET', `${PP}/${pool.id}/subnets`)).data.subnets).toEqual([]);
    expect((await h.admin.request('DELETE', `${PP}/${pool.id}`)).status).toBe(204);
  });
});
