import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const AZS = '/janus/20180725/azs';
const HIGH_PERF_TAG = '00000000-0000-0000-0000-000000000000';
const CAPACITY_TAG = '22222222-2222-2222-2222-222222222222';

let h: Harness;
/** AZ ids by name, as the admin sees them. */
let az: Record<string, string>;
let acmeId: string;

beforeAll(async () => {
  h = await startHarness();
  const res = await h.admin.request('GET', AZS);
  az = Object.fromEntries(res.data.data.map((a: { name: string; id: string }) => [a.name, a.id]));
  acmeId = (await h.acme.request('GET', '/janus/20180725/projects')).data.data[0].id;
});
afterAll(() => h.close());

describe('resource pools', () => {
  it('lists AZs with paging and filters', async () => {
    const all = await h.admin.request('GET', AZS);
    expect(all.status).toBe(200);
    expect(all.data.total_size).toBe(2);
    expect(Object.keys(all.data.data[0]).sort()).toEqual(['description', 'id', 'name', 'status', 'tag', 'type', 'version']);
    const first = await h.admin.request('GET', AZS, { query: { page_size: 1 } });
    expect(first.data).toMatchObject({ total_size: 2, page_num: 0, page_size: 1, next_page_num: '1' });
    const second = await h.admin.request('GET', AZS, { query: { page_size: 1, page_num: 1 } });
    expect(second.data.next_page_num).toBe('');
    expect(second.data.data[0].id).not.toBe(first.data.data[0].id);
    expect((await h.admin.request('GET', AZS, { query: { type: 'hci' } })).data.total_size).toBe(2);
    expect((await h.admin.request('GET', AZS, { query: { type: 'vmware' } })).data.total_size).toBe(0);
  });

  it('shows a tenant only the AZs associated with its project', async () => {
    const globex = await h.globex.request('GET', AZS);
    expect(globex.status).toBe(200);
    expect(globex.data.data.map((a: { name: string }) => a.name)).toEqual(['广州-资源池1']);
    expect((await h.acme.request('GET', AZS)).data.total_size).toBe(2);
  });

  it('details an AZ for admins with computed virtual and physical resources, 403 for tenants', async () => {
    const res = await h.admin.request('GET', `${AZS}/${az['广州-资源池1']}`);
    expect(res.status).toBe(200);
    const names = res.data.virtual_resources.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['CPU', '内存', '高性能存储 (默认)', '性能型存储 (默认)', '容量型存储 (默认)']));
    const cpu = res.data.virtual_resources.find((r: { name: string }) => r.name === 'CPU');
    // Seed: 4 hosts of 64 cores; acme and globex each have a cores quota there (128 + 64).
    expect(cpu).toMatchObject({ limit: -1, total: 256, allocated: 192, unit: '核' });
    expect(cpu.occupied).toBeGreaterThan(0);
    const phys = Object.fromEntries(res.data.physical_resources.map((r: { name: string }) => [r.name, r]));
    expect(Object.keys(phys).sort()).toEqual(['cpu', 'gpu', 'gpu_mem', 'memory', 'storage']);
    expect(phys.memory.total).toBe(4 * 512 * 1024);
    expect(phys.memory.used).toBeGreaterThan(0);
    expect(phys.memory.used).toBeLessThanOrEqual(phys.memory.total);

    expect((await h.acme.request('GET', `${AZS}/${az['广州-资源池1']}`)).status).toBe(403);
    expect((await h.admin.request('GET', `${AZS}/nope`)).status).toBe(404);
  });

  it('adds maintain_mode, safe_acl and dhs in the 20200725 detail', async () => {
    const res = await h.admin.request('GET', `/janus/20200725/azs/${az['深圳-资源池2']}`);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ name: '深圳-资源池2', maintain_mode: 0, safe_acl: 0, dhs: [] });
    expect(res.data.virtual_resources.find((r: { name: string }) => r.name === 'CPU')).toMatchObject({ resource: 'pool_cpu', total: 144 });
    expect((await h.acme.request('GET', `/janus/20200725/azs/${az['深圳-资源池2']}`)).status).toBe(403);
  });

  it('CPU occupied in an AZ equals the tenants\' cores in use there', async () => {
    const detail = await h.admin.request('GET', `${AZS}/${az['深圳-资源池2']}`);
    const quotas = await h.admin.request('GET', '/janus/20180725/quotas', { query: { resource: 'cores', az_id: az['深圳-资源池2'] } });
    const inUse = quotas.data.data.reduce((n: number, q: { separated_quotas: { in_use: number }[] }) => n + q.separated_quotas[0].in_use, 0);
    expect(detail.data.virtual_resources.find((r: { name: string }) => r.name === 'CPU').occupied).toBe(inUse);
  });
});

describe('overview', () => {
  it('summarises hosts, servers and AZs for the platform or one AZ', async () => {
    const all = await h.admin.request('GET', '/janus/20180725/overview');
    expect(all.status).toBe(200);
    expect(all.data.host).toEqual({ total: 7, online_count: 7, offline_count: 0, alarm_count: 0 });
    expect(all.data.az).toEqual({ total: 2, online_count: 2, offline_count: 0, alarm_count: 0 });
    const s = all.data.server;
    expect(s.total).toBeGreaterThanOrEqual(40);
    expect(s.running_count + s.offline_count + s.error_count).toBeLessThanOrEqual(s.total);
    expect(s.error_count).toBeGreaterThan(0);
    expect(all.data.nfv).toEqual({ total: 0, running_count: 0, offline_count: 0, error_count: 0 });
    expect(all.data.physical_resources.map((r: { name: string }) => r.name).sort()).toEqual(['cpu', 'graphics_mem', 'graphics_num', 'memory', 'storage']);
    expect(all.data.virtual_resources.map((r: { name: string }) => r.name)).toContain('高性能存储');

    const one = await h.admin.request('GET', '/janus/20180725/overview', { query: { az_id: az['深圳-资源池2'] } });
    expect(one.data.host.total).toBe(3);
    expect(one.data.az.total).toBe(1);
    expect(one.data.server.total).toBeLessThan(s.total);
  });

  it('is for admins only', async () => {
    expect((await h.acme.request('GET', '/janus/20180725/overview')).status).toBe(403);
  });
});

describe('hosts', () => {
  it('lists hosts with usage, paging, az_id filter and sort by ratio', async () => {
    const all = await h.admin.request('GET', '/janus/20180725/hosts');
    expect(all.data.total_size).toBe(7);
    const host = all.data.data[0];
    expect(host.id).toMatch(/^host-[0-9a-f]{12}$/);
    expect(host).toMatchObject({ status: 'running', type: 'h', is_use_vs: 1, alarm_count: 0 });
    expect(Object.keys(host.cpu)).toEqual(expect.arrayContaining(['total_mhz', 'used_mhz', 'ratio', 'socket_count', 'cores_per_socket', 'core_count', 'type']));
    expect(host.memory.used_mb).toBeLessThanOrEqual(host.memory.total_mb);

    const pool = await h.admin.request('GET', '/janus/20180725/hosts', { query: { az_id: az['广州-资源池1'], page_size: 3 } });
    expect(pool.data).toMatchObject({ total_size: 4, next_page_num: '1' });
    expect(pool.data.data).toHaveLength(3);

    const sorted = await h.admin.request('GET', '/janus/20180725/hosts', { query: { sort: 'memory_ratio', order_by: 'DESC' } });
    const ratios = sorted.data.data.map((x: { memory: { ratio: number } }) => x.memory.ratio);
    expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
    expect(ratios[0]).toBeGreaterThan(0);
    const bad = await h.admin.request('GET', '/janus/20180725/hosts', { query: { sort: 'bogus' } });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/bogus/);
  });

  it('adds cluster fields and name/ip filters in 20190725', async () => {
    const res = await h.admin.request('GET', '/janus/20190725/hosts', { query: { name: 'node2-' } });
    expect(res.data.total_size).toBe(3);
    expect(res.data.data[0]).toMatchObject({ cluster_type: 'hci', dh_id: '', cluster_name: '深圳-资源池2' });
    expect(res.data.data[0].system_disk).toMatchObject({ status: 'normal', online_status: 1 });
    const byIp = await h.admin.request('GET', '/janus/20190725/hosts', { query: { ip: res.data.data[0].ip } });
    expect(byIp.data.total_size).toBe(1);
  });

  it('shows a tenant only the hosts of its AZs', async () => {
    const res = await h.globex.request('GET', '/janus/20180725/hosts');
    expect(res.status).toBe(200);
    expect(res.data.total_size).toBe(4);
    expect(new Set(res.data.data.map((x: { az_id: string }) => x.az_id))).toEqual(new Set([az['广州-资源池1']]));
  });
});

describe('storage tags', () => {
  it('requires az_id, naming it', async () => {
    const res = await h.acme.request('GET', '/janus/20180725/storages/tags');
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/az_id/);
  });

  it('gives a tenant a bare list of its tags with its quota and usage', async () => {
    const res = await h.acme.request('GET', '/janus/20180725/storages/tags', { query: { az_id: az['广州-资源池1'] } });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.data)).toBe(true);
    const high = res.data.find((t: { id: string }) => t.id === HIGH_PERF_TAG);
    expect(Object.keys(high).sort()).toEqual(['description', 'id', 'name', 'project_id', 'ratio', 'total_mb', 'used_mb']);
    expect(high).toMatchObject({ name: '高性能存储', project_id: acmeId, total_mb: 4096 * 1024 });
    const quota = await h.acme.request('GET', '/janus/20180725/quotas', { query: { resource: `storage_tag::${HIGH_PERF_TAG}`, az_id: az['广州-资源池1'] } });
    expect(high.used_mb).toBe(quota.data.data[0].separated_quotas[0].in_use);
    // The capacity tag is unlimited for acme: its total is the tag's capacity in the AZ, as the admin sees it.
    const platform = await h.admin.request('GET', '/janus/20180725/storages/tags', { query: { az_id: az['广州-资源池1'] } });
    const cap = (list: { id: string; total_mb: number }[]) => list.find((t) => t.id === CAPACITY_TAG)!.total_mb;
    expect(cap(res.data)).toBe(cap(platform.data));
    expect(platform.data.every((t: { project_id: string }) => t.project_id === '')).toBe(true);
  });

  it('refuses another tenant\'s project_id and an AZ the tenant is not in', async () => {
    const globexId = (await h.globex.request('GET', '/janus/20180725/projects')).data.data[0].id;
    const other = await h.acme.request('GET', '/janus/20180725/storages/tags', { query: { az_id: az['广州-资源池1'], project_id: globexId } });
    expect(other.status).toBe(403);
    const outside = await h.globex.request('GET', '/janus/20180725/storages/tags', { query: { az_id: az['深圳-资源池2'] } });
    expect(outside.status).toBe(404);
    const forAcme = await h.admin.request('GET', '/janus/20180725/storages/tags', { query: { az_id: az['广州-资源池1'], project_id: acmeId } });
    expect(forAcme.data.every((t: { project_id: string }) => t.project_id === acmeId)).toBe(true);
  });
});

describe('storages', () => {
  it('lists storages for admins with filters and paging, in three versions', async () => {
    const res = await h.admin.request('GET', '/janus/20180725/storages', { query: { az_id: az['广州-资源池1'] } });
    expect(res.status).toBe(200);
    expect(res.data.total_size).toBe(3);
    expect(res.data.data[0]).toMatchObject({ type: 'vs', status: 'normal', az_id: az['广州-资源池1'] });
    expect(res.data.data[0]).toHaveProperty('read_bytpeps');
    const used = res.data.data.reduce((n: number, s: { used_mb: number }) => n + s.used_mb, 0);
    expect(used).toBeGreaterThan(0);
    const tagged = await h.admin.request('GET', '/janus/20190725/storages', { query: { storage_tag_id: HIGH_PERF_TAG, page_size: 1 } });
    expect(tagged.data).toMatchObject({ total_size: 2, next_page_num: '1' });
    expect(tagged.data.data[0]).toMatchObject({ shared: 1, supported_allocate_types: ['off', 'metadata', 'full'] });
    const v2020 = await h.admin.request('GET', '/janus/20200725/storages', { query: { type: 'vs' } });
    expect(v2020.data.total_size).toBe(6);
    expect(v2020.data.data[0]).toMatchObject({ storage_tag_name: expect.any(String), hosts_online_state: 'ALL', cluster_type: 'hci' });
    expect((await h.admin.request('GET', '/janus/20180725/storages', { query: { page_size: 101 } })).status).toBe(400);
  });

  it('is for admins only', async () => {
    expect((await h.acme.request('GET', '/janus/20180725/storages')).status).toBe(403);
  });
});
