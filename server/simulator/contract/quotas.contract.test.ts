import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addServer } from '../state/server-factory';
import { startHarness, type Harness } from './harness';

const QUOTAS = '/janus/20180725/quotas';
const GLOBAL_AZ = '10000000-0000-0000-0000-000000000000';
const PERF_TAG = '11111111-1111-1111-1111-111111111111';
const CAPACITY_TAG = '22222222-2222-2222-2222-222222222222';

interface QuotaItem {
  id: string;
  namespace: string;
  resource: string;
  project_id: string;
  category: string;
  separated_quotas: { az_id: string; in_use: number; reserved: number; allocation: number }[];
  az_quotas: { az_id: string; hard_limit: number }[];
}

let h: Harness;
let acmeId: string;
let az: Record<string, string>;

beforeAll(async () => {
  h = await startHarness();
  acmeId = (await h.acme.request('GET', '/janus/20180725/projects')).data.data[0].id;
  const azs = await h.admin.request('GET', '/janus/20180725/azs');
  az = Object.fromEntries(azs.data.data.map((a: { name: string; id: string }) => [a.name, a.id]));
});
afterAll(() => h.close());

/** The one row of a tenant for a resource, narrowed to an AZ. */
async function row(projectId: string, resource: string, azId: string): Promise<QuotaItem> {
  const res = await h.admin.request('GET', QUOTAS, { query: { project_id: projectId, resource, az_id: azId } });
  expect(res.data.data, `${resource} row of ${projectId}`).toHaveLength(1);
  return res.data.data[0];
}

/**
 * What the seeded servers of a tenant consume in an AZ. The fixture is read from
 * the simulator's store (the seed is the test data); every assertion goes over HTTP.
 */
function seededCores(projectId: string, azId: string): number {
  return [...h.running.sim.store.servers.values()].filter((s) => s.project_id === projectId && s.az_id === azId).reduce((n, s) => n + s.cores, 0);
}

describe('quota list', () => {
  it('lists rows with paging, filters and the documented shape', async () => {
    const all = await h.admin.request('GET', QUOTAS, { query: { page_size: 5 } });
    expect(all.status).toBe(200);
    expect(all.data).toMatchObject({ page_size: 5, next_page_num: '1' });
    expect(all.data.total_size).toBeGreaterThan(5);
    const compute = await h.admin.request('GET', QUOTAS, { query: { project_id: acmeId, namespace: 'compute' } });
    expect(compute.data.data.map((q: QuotaItem) => q.resource).sort()).toEqual(['cores', 'ram', 'vm_count']);
    const cores: QuotaItem = compute.data.data.find((q: QuotaItem) => q.resource === 'cores');
    expect(cores).toMatchObject({ category: 'pool', provider: 'hci', name: 'CPU', unit: '核', project_id: acmeId });
    expect(cores.id).toMatch(/^[0-9a-f]{64}$/);
    expect(cores.az_quotas).toHaveLength(2);
    expect(cores.az_quotas[0]).toEqual({ az_id: expect.any(String), hard_limit: 128 });
    expect(cores.separated_quotas[0]).toEqual({ az_id: cores.az_quotas[0].az_id, in_use: expect.any(Number), reserved: 0, allocation: 0 });
    const unlimited = await h.admin.request('GET', QUOTAS, { query: { project_id: acmeId, hard_limit: -1 } });
    expect(unlimited.data.data.map((q: QuotaItem) => q.resource)).toEqual([`storage_tag::${CAPACITY_TAG}`]);
    expect((await h.admin.request('GET', QUOTAS, { query: { hard_limit_gt: 'many' } })).status).toBe(400);
  });

  it('gives the demo tenants global floating-IP quotas per line type, with their floating IPs in use', async () => {
    const res = await h.admin.request('GET', QUOTAS, { query: { project_id: acmeId, namespace: 'network' } });
    const rows: QuotaItem[] = res.data.data;
    const count = rows.filter((q) => q.resource.startsWith('eip_count::'));
    expect(count.length).toBeGreaterThan(0);
    for (const q of rows) {
      expect(q.category).toBe('global');
      expect(q.az_quotas).toEqual([{ az_id: GLOBAL_AZ, hard_limit: q.resource.startsWith('eip_count::') ? 10 : 204_800 }]);
    }
    const used = count.reduce((n, q) => n + q.separated_quotas[0].in_use, 0);
    expect(used).toBe((await h.acme.request('GET', '/janus/20180725/floatingips')).data.total_size);
  });

  it('reports usage that follows the servers', async () => {
    const azId = az['广州-资源池1'];
    const before = await row(acmeId, 'cores', azId);
    expect(before.separated_quotas).toHaveLength(1);
    expect(before.separated_quotas[0].in_use).toBe(seededCores(acmeId, azId));
    expect(before.separated_quotas[0].in_use).toBeGreaterThan(0);

    const store = h.running.sim.store;
    const subnet = [...store.subnets.values()].find((s) => s.project_id === acmeId && s.az_id === azId && s.is_visible === 1)!;
    const image = [...store.images.values()][0];
    addServer(store, {
      name: 'quota-probe', projectId: acmeId, userId: 'probe', azId, imageId: image.id, osType: image.os_type, cores: 6, sockets: 1,
      memoryMb: 1024, disks: [{ id: 'ide0', type: 'new_disk', size_mb: 10240, preallocate: 'off', storage_id: '', storage_tag_id: PERF_TAG }],
      nics: [{ vif_id: 'net0', subnet_id: subnet.id }], storageTagId: PERF_TAG, status: 'stopped', now: Date.now(),
    });
    const after = await row(acmeId, 'cores', azId);
    expect(after.separated_quotas[0].in_use).toBe(before.separated_quotas[0].in_use + 6);
    const tag = await h.acme.request('GET', '/janus/20180725/storages/tags', { query: { az_id: azId } });
    const perfRow = await row(acmeId, `storage_tag::${PERF_TAG}`, azId);
    expect(tag.data.find((t: { id: string }) => t.id === PERF_TAG).used_mb).toBe(perfRow.separated_quotas[0].in_use);
  });

  it('shows a tenant only its own rows', async () => {
    const res = await h.acme.request('GET', QUOTAS);
    expect(res.status).toBe(200);
    expect(res.data.total_size).toBeGreaterThan(0);
    expect(res.data.data.every((q: QuotaItem) => q.project_id === acmeId)).toBe(true);
    const globexId = (await h.globex.request('GET', '/janus/20180725/projects')).data.data[0].id;
    expect((await h.acme.request('GET', QUOTAS, { query: { project_id: globexId } })).data.total_size).toBe(0);
  });
});

describe('quota set', () => {
  it('sets a limit (201, no body) and reads it back with its usage', async () => {
    const azId = az['深圳-资源池2'];
    const inUse = (await row(acmeId, 'cores', azId)).separated_quotas[0].in_use;
    const res = await h.admin.request('POST', QUOTAS, {
      body: { project_id: acmeId, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: inUse + 10, az_id: azId }] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toBeUndefined();
    const after = await row(acmeId, 'cores', azId);
    expect(after.az_quotas).toEqual([{ az_id: azId, hard_limit: inUse + 10 }]);
    expect(after.separated_quotas[0].in_use).toBe(inUse);
    // The other AZ keeps its limit.
    expect((await row(acmeId, 'cores', az['广州-资源池1'])).az_quotas[0].hard_limit).toBe(128);
  });

  it('refuses a limit below usage, naming it, and applies nothing of that request', async () => {
    const azId = az['广州-资源池1'];
    const ram = (await row(acmeId, 'ram', azId)).az_quotas[0].hard_limit;
    const inUse = (await row(acmeId, 'cores', azId)).separated_quotas[0].in_use;
    const res = await h.admin.request('POST', QUOTAS, {
      body: {
        project_id: acmeId,
        quota_sets: [
          { provider: 'hci', namespace: 'compute', resource: 'ram', value: ram + 1024, az_id: azId },
          { provider: 'hci', namespace: 'compute', resource: 'cores', value: inUse - 1, az_id: azId },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/quota_sets\.1\.value/);
    expect(res.body?.message).toContain(`already uses ${inUse}`);
    expect((await row(acmeId, 'ram', azId)).az_quotas[0].hard_limit).toBe(ram);
    const unlimited = await h.admin.request('POST', QUOTAS, {
      body: { project_id: acmeId, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: -1, az_id: azId }] },
    });
    expect(unlimited.status).toBe(201);
  });

  it('hides a storage tag from the tenant once its quota is 0', async () => {
    const azId = az['深圳-资源池2'];
    const tags = async () => (await h.acme.request('GET', '/janus/20180725/storages/tags', { query: { az_id: azId } })).data.map((t: { id: string }) => t.id);
    // The seeded servers use the high-performance and performance tags only, so the capacity tag is unused.
    expect((await row(acmeId, `storage_tag::${CAPACITY_TAG}`, azId)).separated_quotas[0].in_use).toBe(0);
    expect(await tags()).toContain(CAPACITY_TAG);
    const res = await h.admin.request('POST', QUOTAS, {
      body: { project_id: acmeId, quota_sets: [{ provider: 'hci', namespace: 'storage', resource: `storage_tag::${CAPACITY_TAG}`, value: 0, az_id: azId }] },
    });
    expect(res.status).toBe(201);
    expect(await tags()).not.toContain(CAPACITY_TAG);
  });

  it('names what is wrong in a request', async () => {
    const post = (quota: Record<string, unknown>) =>
      h.admin.request('POST', QUOTAS, { body: { project_id: acmeId, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 1, az_id: az['广州-资源池1'], ...quota }] } });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ resource: 'image_usage', namespace: 'storage' }, /global resource.*10000000-0000-0000-0000-000000000000/],
      [{ resource: 'storage_tag::nope', namespace: 'storage' }, /storage tag nope/],
      [{ namespace: 'vmysql' }, /namespace vmysql/],
      [{ az_id: 'nope' }, /quota_sets\.0\.az_id/],
      [{ value: -2 }, /quota_sets\.0\.value/],
      [{ provider: 'vmware' }, /quota_sets\.0\.provider/],
    ];
    for (const [quota, message] of cases) {
      const res = await post(quota);
      expect(res.status, JSON.stringify(quota)).toBe(400);
      expect(res.body?.message).toMatch(message);
    }
    const unknown = await h.admin.request('POST', QUOTAS, { body: { project_id: 'nope', quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 1, az_id: az['广州-资源池1'] }] } });
    expect(unknown.status).toBe(404);
  });

  it('is for admins only', async () => {
    const res = await h.acme.request('POST', QUOTAS, { body: { project_id: acmeId, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 999, az_id: az['广州-资源池1'] }] } });
    expect(res.status).toBe(403);
  });
});
