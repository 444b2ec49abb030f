import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { encryptWithModulus, TestClient } from './test-client';

/*
 * The quota records of a tenant just created (seed §3.1.1: create the tenant,
 * associate a resource pool, set its quotas, make its VPC, then the tenant
 * creates servers). Everything goes over HTTP, as an outside client would.
 */

const QUOTAS = '/janus/20180725/quotas';
const PROJECTS = '/janus/20180725/projects';
const GLOBAL_AZ = '10000000-0000-0000-0000-000000000000';
const PERF_TAG = '11111111-1111-1111-1111-111111111111';

interface QuotaItem {
  namespace: string;
  resource: string;
  name: string;
  unit: string;
  category: string;
  separated_quotas: { az_id: string; in_use: number }[];
  az_quotas: { az_id: string; hard_limit: number }[];
}

let h: Harness;
let az: Record<string, string>;
let lineTypeIds: string[];

beforeAll(async () => {
  h = await startHarness();
  const azs = await h.admin.request('GET', '/janus/20180725/azs');
  az = Object.fromEntries(azs.data.data.map((a: { name: string; id: string }) => [a.name, a.id]));
  lineTypeIds = (await h.admin.request('GET', '/janus/20180725/linetypes')).data.linetypes.map((lt: { id: string }) => lt.id);
});
afterAll(() => h.close());

/** Creates a tenant; answers its id and a client signed in as its admin. */
async function createTenant() {
  const suffix = randomUUID().slice(0, 8);
  const password = `pw-${suffix}`;
  const res = await h.admin.request('POST', PROJECTS, {
    body: { project: { name: `nq-${suffix}`, project_admin: { user_name: `nq-${suffix}`, mail: 'nq@example.com', phone: '13412345678', password: encryptWithModulus(password, await h.admin.publicKey()) } } },
  });
  expect(res.status, res.body?.message).toBe(200);
  return { id: res.data.project.id as string, client: new TestClient(h.url, { kind: 'token', username: `nq-${suffix}`, password }) };
}

async function associate(projectId: string, azId: string) {
  const task = await h.admin.request('POST', `${PROJECTS}/${projectId}/azs`, { body: { azs: [{ az_id: azId }] } });
  expect(task.status, task.body?.message).toBe(201);
  expect((await h.admin.waitForTask(task.data.task_id)).status).toBe('finish');
}

async function rows(projectId: string, query: Record<string, string> = {}): Promise<QuotaItem[]> {
  const res = await h.admin.request('GET', QUOTAS, { query: { project_id: projectId, ...query } });
  expect(res.status).toBe(200);
  return res.data.data;
}

const keys = (items: QuotaItem[]) => items.map((q) => `${q.namespace}/${q.resource}`).sort();

/** The storage tags with storage in an AZ, from the admin's view of the AZ. */
async function tagsOf(azId: string): Promise<string[]> {
  return (await h.admin.request('GET', '/janus/20180725/storages/tags', { query: { az_id: azId } })).data.map((t: { id: string }) => t.id);
}

describe('quota records of a new tenant', () => {
  it('starts with every global quota at 0 and none per AZ', async () => {
    const { id } = await createTenant();
    const items = await rows(id);
    expect(keys(items)).toEqual([
      'compute/container_cloud_service',
      ...lineTypeIds.flatMap((lt) => [`network/eip_bandwidth::${lt}`, `network/eip_count::${lt}`]).sort(),
      'storage/image_usage',
    ].sort());
    for (const q of items) {
      expect(q.category).toBe('global');
      expect(q.az_quotas).toEqual([{ az_id: GLOBAL_AZ, hard_limit: 0 }]);
      expect(q.separated_quotas).toMatchObject([{ az_id: GLOBAL_AZ, in_use: 0 }]);
    }
    expect(items.find((q) => q.resource === 'image_usage')).toMatchObject({ name: '私有镜像空间', unit: 'Bytes' });
    expect(items.find((q) => q.resource.startsWith('eip_bandwidth::'))).toMatchObject({ name: '带宽', unit: 'Kbps' });
  });

  it('gets every documented quota of an AZ at 0 when the AZ is associated, one per storage tag of the AZ', async () => {
    const { id, client } = await createTenant();
    const azId = az['广州-资源池1'];
    await associate(id, azId);
    const pool = await rows(id, { category: 'pool' });
    const tags = await tagsOf(azId);
    expect(tags.length).toBeGreaterThan(0);
    expect(keys(pool)).toEqual([
      'compute/cores', 'compute/nfv_cores', 'compute/nfv_ram', 'compute/ram', 'compute/vm_count', 'storage/backup_usage',
      ...tags.map((tag) => `storage/storage_tag::${tag}`),
    ].sort());
    for (const q of pool) expect(q.az_quotas, `${q.namespace}/${q.resource}`).toEqual([{ az_id: azId, hard_limit: 0 }]);
    expect(pool.find((q) => q.resource === 'ram')).toMatchObject({ name: '内存', unit: 'MB' });
    expect(pool.find((q) => q.resource === `storage_tag::${PERF_TAG}`)).toMatchObject({ name: '性能型存储', unit: 'MB' });
    // With every limit at 0 the tenant has no storage to create servers on (seed L691), nor a line type for floating IPs.
    expect((await client.request('GET', '/janus/20180725/storages/tags', { query: { az_id: azId } })).data).toEqual([]);
    expect((await client.request('GET', '/janus/20180725/linetypes', { query: { available_only: 'true' } })).data.linetypes).toEqual([]);
  });

  it('keeps one record per quota when a second AZ is associated, with a limit in each', async () => {
    const { id } = await createTenant();
    await associate(id, az['广州-资源池1']);
    await associate(id, az['深圳-资源池2']);
    const cores = await rows(id, { resource: 'cores' });
    expect(cores).toHaveLength(1);
    expect(cores[0].az_quotas.map((q) => q.az_id).sort()).toEqual([az['广州-资源池1'], az['深圳-资源池2']].sort());
    expect(cores[0].az_quotas.every((q) => q.hard_limit === 0)).toBe(true);
  });

  it('lets the admin set each quota, then the tenant creates a server in its own VPC', async () => {
    const { id, client } = await createTenant();
    const azId = az['广州-资源池1'];
    await associate(id, azId);
    const image = (await client.request('GET', '/janus/20180725/images', { query: { az_id: azId, image_type: 'public', disk_format: 'aCloud' } })).data.data[0];
    const vpcTask = await h.admin.request('POST', '/janus/20180725/vpcs', { body: { az_id: azId, project_id: id, name: 'vpc' } });
    expect(vpcTask.status, vpcTask.body?.message).toBe(201);
    await h.admin.waitForTask(vpcTask.data.task_id);
    const vpc = (await client.request('GET', '/janus/20180725/vpcs', { query: { az_id: azId } })).data.data[0];
    const subnet = await client.request('POST', '/janus/20180725/subnets', {
      body: { name: 'net', vpc_id: vpc.id, cidr: '10.77.1.0/24', gateway_ip: '10.77.1.1', allocation_pools: [{ start: '10.77.1.10', end: '10.77.1.200' }] },
    });
    expect(subnet.status, subnet.body?.message).toBe(201);
    const server = {
      name: 'first', cores: 2, sockets: 1, memory_mb: 2048, az_id: azId, image_id: image.id, storage_tag_id: PERF_TAG,
      disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 40960, preallocate: 'off' }],
      networks: [{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc.id, subnet_id: subnet.data.id }], power_on: 0,
    };
    const refused = await client.request('POST', '/janus/20180725/servers', { body: server });
    expect(refused.status).toBe(400);
    expect(refused.body?.message).toMatch(/quota .* exceeded .*limit 0/);

    const set = await h.admin.request('POST', QUOTAS, {
      body: {
        project_id: id,
        quota_sets: [
          { provider: 'hci', namespace: 'compute', resource: 'cores', value: 8, az_id: azId },
          { provider: 'hci', namespace: 'compute', resource: 'ram', value: 16 * 1024, az_id: azId },
          { provider: 'hci', namespace: 'compute', resource: 'vm_count', value: 4, az_id: azId },
          { provider: 'hci', namespace: 'storage', resource: `storage_tag::${PERF_TAG}`, value: 1024 * 1024, az_id: azId },
          { provider: 'hci', namespace: 'storage', resource: 'image_usage', value: 50 * 1024 ** 3, az_id: GLOBAL_AZ },
        ],
      },
    });
    expect(set.status, set.body?.message).toBe(201);
    expect((await rows(id, { resource: `storage_tag::${PERF_TAG}` }))[0].az_quotas).toEqual([{ az_id: azId, hard_limit: 1024 * 1024 }]);
    expect((await rows(id, { resource: 'image_usage' }))[0].az_quotas).toEqual([{ az_id: GLOBAL_AZ, hard_limit: 50 * 1024 ** 3 }]);
    const tags = (await client.request('GET', '/janus/20180725/storages/tags', { query: { az_id: azId } })).data;
    expect(tags).toMatchObject([{ id: PERF_TAG, total_mb: 1024 * 1024, used_mb: 0 }]);

    const made = await client.request('POST', '/janus/20180725/servers', { body: server });
    expect(made.status, made.body?.message).toBe(201);
    expect((await client.waitForTask(made.data.task_id)).status).toBe('finish');
    const cores = (await rows(id, { resource: 'cores' }))[0];
    expect(cores.separated_quotas).toMatchObject([{ az_id: azId, in_use: 2 }]);
    const below = await h.admin.request('POST', QUOTAS, { body: { project_id: id, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 1, az_id: azId }] } });
    expect(below.status).toBe(400);
    // The refusal names the quota by SCP's name and the entry, not by its key.
    expect(below.body?.message).toBe('quota_sets.0.value: quota CPU cannot be set to 1 核 in AZ 广州-资源池1: tenant ' + (await h.admin.request('GET', `${PROJECTS}/${id}`)).data.name + ' already uses 2 核');
  });

  it('refuses a quota of an AZ the tenant is not associated with, and drops the AZ\'s records when it is dissociated', async () => {
    const { id } = await createTenant();
    const azId = az['深圳-资源池2'];
    const early = await h.admin.request('POST', QUOTAS, { body: { project_id: id, quota_sets: [{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 8, az_id: azId }] } });
    expect(early.status).toBe(400);
    expect(early.body?.message).toMatch(/not associated with AZ/);
    await associate(id, azId);
    expect((await rows(id, { category: 'pool' })).length).toBeGreaterThan(0);
    expect((await h.admin.request('DELETE', `${PROJECTS}/${id}/azs/${azId}`)).status).toBe(204);
    expect(await rows(id, { category: 'pool' })).toEqual([]);
    expect((await rows(id, { category: 'global' })).length).toBe(1 + 1 + 2 * lineTypeIds.length);
  });
});
