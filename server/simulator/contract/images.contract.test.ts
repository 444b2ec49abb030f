import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';
import { GLOBAL_AZ_ID } from '../state/store';
import { startHarness, type Harness } from './harness';
import type { TestClient } from './test-client';
import { amzDate, signRequest } from './test-signer';

const MIB = 1024 * 1024;
const [, ACME, GLOBEX] = DEMO_ACCOUNTS;

let h: Harness;
/** Fixture ids read from the seeded store (tests assert only over HTTP). */
let az1: string;
let az2: string;
let acmeProject: string;

beforeAll(async () => {
  h = await startHarness();
  [az1, az2] = [...h.running.sim.store.azs.keys()];
  acmeProject = [...h.running.sim.store.projects.values()].find((p) => p.name === 'acme')!.id;
});
afterAll(() => h.close());

/**
 * Deterministic upload content: one 64 KiB pattern repeated, so the sender
 * allocates nothing per chunk. The first chunk carries both formats' marks
 * (VMA\0 at 0, an ISO 9660 descriptor's CD001 at 32769), so it uploads as
 * either; `raw` sends the bare pattern.
 */
function* content(bytes: number, seed = 7, raw = false): Generator<Buffer> {
  const chunk = Buffer.alloc(64 * 1024, seed);
  const first = Buffer.from(chunk);
  if (!raw) {
    first.write('VMA\0', 0, 'latin1');
    first.write('CD001', 32769, 'latin1');
  }
  for (let off = 0; off < bytes; off += chunk.length) {
    const c = off === 0 ? first : chunk;
    yield bytes - off >= c.length ? c : c.subarray(0, bytes - off);
  }
}

function sha256Of(bytes: number, seed?: number): string {
  const hash = createHash('sha256');
  for (const c of content(bytes, seed)) hash.update(c);
  return hash.digest('hex');
}

type Auth = { token: TestClient } | { ec2: { accessKey: string; secretKey: string }; signedSha?: string };

/**
 * PUT …/upload with a streamed body, token or EC2 auth. node:http rather than
 * fetch: Node 20's fetch keeps a streamed request body alive until the
 * response ends, which would hide whether the simulator buffers it.
 */
async function upload(imageId: string, bytes: number, auth: Auth, seed?: number, raw = false): Promise<{ status: number; body: any; data: any }> {
  const path = `/janus/20180725/images/${imageId}/upload`;
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if ('token' in auth) {
    headers.authorization = `Token ${await auth.token.login()}`;
  } else {
    headers['x-amz-date'] = amzDate(new Date());
    headers.authorization = signRequest({
      method: 'PUT', path, headers, body: '', bodySha256: auth.signedSha ?? sha256Of(bytes, seed),
      accessKey: auth.ec2.accessKey, secretKey: auth.ec2.secretKey, amzDate: headers['x-amz-date'],
    });
  }
  return new Promise((resolve, reject) => {
    const req = request(`${h.url}${path}`, { method: 'PUT', headers }, async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      const body = text ? JSON.parse(text) : undefined;
      resolve({ status: res.statusCode ?? 0, body, data: body?.data });
    });
    req.on('error', reject);
    Readable.from(content(bytes, seed, raw)).pipe(req);
  });
}

async function createImage(c: TestClient, body: Record<string, unknown>) {
  const res = await c.request('POST', '/janus/20180725/images', { body: { image_type: 'private', disk_format: 'aCloud', azs: [az1], ...body } });
  expect(res.status, res.body?.message).toBe(201);
  return res.data as { id: string; task_id: string };
}

async function findImage(c: TestClient, id: string, version = '20180725') {
  const res = await c.request('GET', `/janus/${version}/images`, { query: { image_ids: id } });
  expect(res.status).toBe(200);
  return res.data.data[0];
}

describe('image list', () => {
  it('renders the documented fields in both versions; 20200725 adds hci_param and disks pci_type', async () => {
    const v2018 = await h.acme.request('GET', '/janus/20180725/images', { query: { disk_format: 'aCloud', image_type: 'public' } });
    expect(v2018.status).toBe(200);
    expect(v2018.data.next_page_num).toBe('');
    const img = v2018.data.data[0];
    expect(img).toMatchObject({
      image_type: 'public', visibility: 'public', disk_format: 'aCloud', status: 'active', category: 'normal',
      is_vmttools_installed: 1, is_vmtools_installed: 1, has_gpu: 0, support_versions: ['all'], image_members: null, message: '',
    });
    expect(img.azs[0]).toEqual({ id: expect.any(String), is_available: 1, arch_type: 'hci_x86' });
    expect(img.disks[0]).toMatchObject({ id: 'ide0', preallocate: expect.any(String), tpl_config: { mem_hotplug: 0, cpu_hotplug: 0, machine_type: 'i440fx' } });
    expect(img).not.toHaveProperty('hci_param');
    const v2020 = await h.acme.request('GET', '/janus/20200725/images', { query: { image_ids: img.id } });
    expect(v2020.data.data[0].hci_param).toEqual({ boot_disk: 'ide0', boot_order: 'dc' });
    expect(v2020.data.data[0].disks[0].pci_type).toBe('pcie-root-port');
    const iso = await h.acme.request('GET', '/janus/20200725/images', { query: { disk_format: 'ISO' } });
    expect(iso.data.data.length).toBeGreaterThan(0);
    for (const i of iso.data.data) expect(i).toMatchObject({ disk_format: 'ISO', disks: [], hci_param: null, is_vmtools_installed: 0 });
  });

  it('pages and refuses an oversized page', async () => {
    const page = await h.admin.request('GET', '/janus/20180725/images', { query: { page_size: 2, page_num: 0, sort: 'name' } });
    expect(page.data.data).toHaveLength(2);
    expect(page.data.next_page_num).toBe('1');
    expect((await h.admin.request('GET', '/janus/20180725/images', { query: { page_size: 101 } })).status).toBe(400);
  });

  it('has no janus detail route (SCP documents none)', async () => {
    const img = (await h.acme.request('GET', '/janus/20180725/images')).data.data[0];
    expect((await h.acme.request('GET', `/janus/20180725/images/${img.id}`)).status).toBe(404);
  });
});

describe('create → streamed upload → distribution', () => {
  it('distributes an aCloud image with one sub-task per AZ and lists it active', async () => {
    const { id, task_id } = await createImage(h.acme, { name: 'acme-golden', azs: [az1, az2], os_type: 'linux-centos', description: 'golden' });
    expect(task_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await findImage(h.acme, id)).toMatchObject({ status: 'saving', size_mb: 0, disks: [], image_type: 'private', owner_id: acmeProject, visibility: 'private' });

    const up = await upload(id, 3 * MIB, { token: h.acme });
    expect(up.status, up.body?.message).toBe(200);
    expect(Object.keys(up.data)).toEqual(['task_id']);
    expect((await findImage(h.acme, id)).azs.map((a: { is_available: number }) => a.is_available)).toEqual([0, 0]);
    const task = await h.acme.waitForTask(up.data.task_id);
    expect(task.status, task.description).toBe('finish');
    expect(task.entities.sub_tasks_total).toBe(2);
    expect(task.entities.sub_tasks.map((s: { az_id: string }) => s.az_id).sort()).toEqual([az1, az2].sort());
    for (const s of task.entities.sub_tasks) expect(s).toMatchObject({ status: 'finish', progress: 100, entities: { object_id: id } });

    const img = await findImage(h.acme, id);
    expect(img).toMatchObject({ status: 'active', size_mb: 3, virtual_size_mb: 3, name: 'acme-golden', os_type: 'linux-centos', task_id: up.data.task_id });
    expect(img.azs.every((a: { is_available: number }) => a.is_available === 1)).toBe(true);
    expect(img.disks).toHaveLength(2);
    for (const d of img.disks) expect(d).toMatchObject({ id: 'ide0', size_mb: 3, preallocate: 'off', storage_id: expect.stringMatching(/\S/) });

    const filtered = await h.acme.request('GET', '/janus/20180725/images', {
      query: { disk_format: 'aCloud', image_type: 'private', status: 'active', az_id: az2, image_ids: `${id},nope`, owner_id: acmeProject, name: 'GOLDEN' },
    });
    expect(filtered.data.data.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await h.acme.request('GET', '/janus/20180725/images', { query: { image_ids: id, disk_format: 'ISO' } })).data.total_size).toBe(0);
  });

  it('verifies an EC2 signature over the streamed body hash', async () => {
    const keys = { accessKey: ACME.accessKey, secretKey: ACME.secretKey };
    const { id } = await createImage(h.acmeEc2, { name: 'acme-ec2-iso', disk_format: 'ISO' });
    const forged = await upload(id, 2 * MIB, { ec2: keys, signedSha: sha256Of(2 * MIB, 99) });
    expect(forged.status).toBe(401);
    expect(forged.body.message).toMatch(/signature/);
    expect((await findImage(h.acme, id)).status).toBe('saving');
    const up = await upload(id, 2 * MIB, { ec2: keys });
    expect(up.status, up.body?.message).toBe(200);
    expect((await h.acmeEc2.waitForTask(up.data.task_id)).status).toBe('finish');
    expect(await findImage(h.acme, id)).toMatchObject({ status: 'active', size_mb: 2, virtual_size_mb: 0, disks: [] });
  });

  it('refuses an empty body and an upload to an image that is already active', async () => {
    const { id } = await createImage(h.acme, { name: 'acme-empty' });
    const empty = await upload(id, 0, { token: h.acme });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/empty/);
    const up = await upload(id, MIB, { token: h.acme });
    await h.acme.waitForTask(up.data.task_id);
    const again = await upload(id, MIB, { token: h.acme });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/is active/);
  });

  it('refuses content that is not of the disk format (a text file as an ISO), changing nothing; the right file then uploads', async () => {
    const iso = await createImage(h.acme, { name: 'acme-text-as-iso', disk_format: 'ISO' });
    const text = await upload(iso.id, 1024, { token: h.acme }, 0x41, true);
    expect(text.status).toBe(400);
    expect(text.body.message).toMatch(/1024 bytes; an ISO image \(disk_format ISO\) is at least 36864 bytes/);
    const noMark = await upload(iso.id, MIB, { token: h.acme }, 0x41, true);
    expect(noMark.status).toBe(400);
    expect(noMark.body.message).toMatch(/not an ISO image.*sector 16/);
    expect(await findImage(h.acme, iso.id)).toMatchObject({ status: 'saving', size_mb: 0 });
    const vma = await createImage(h.acme, { name: 'acme-iso-as-vma' });
    const wrong = await upload(vma.id, MIB, { token: h.acme }, 0x41, true);
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/not a vma image \(disk_format aCloud\)/);
    const small = await upload(vma.id, 4096, { token: h.acme });
    expect(small.body.message).toMatch(/at least 12288 bytes/);
    const good = await upload(iso.id, MIB, { token: h.acme });
    expect(good.status, good.body?.message).toBe(200);
    expect((await h.acme.waitForTask(good.data.task_id)).status).toBe('finish');
    expect(await findImage(h.acme, iso.id)).toMatchObject({ status: 'active', size_mb: 1 });
  });

  it('marks the image error when an AZ fails, and accepts a new upload', async () => {
    const { id } = await createImage(h.acme, { name: 'acme-flaky', azs: [az1, az2] });
    await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ taskFailMatch: '^acme-flaky$' }) });
    try {
      const up = await upload(id, MIB, { token: h.acme });
      const busy = await h.acme.request('DELETE', `/janus/20180725/images/${id}`);
      expect(busy.status).toBe(400);
      expect(busy.body?.message).toMatch(/busy/);
      const task = await h.acme.waitForTask(up.data.task_id);
      expect(task.status).toBe('failure');
      const img = await findImage(h.acme, id);
      expect(img.status).toBe('error');
      expect(img.message).toMatch(/distribution failed in 2 of 2 AZs/);
    } finally {
      await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ taskFailMatch: '' }) });
    }
    const retry = await upload(id, MIB, { token: h.acme });
    expect(retry.status, retry.body?.message).toBe(200);
    expect((await h.acme.waitForTask(retry.data.task_id)).status).toBe('finish');
    expect(await findImage(h.acme, id)).toMatchObject({ status: 'active', message: '' });
  });

  it('charges private uploads to storage/image_usage when the tenant has that quota', async () => {
    const { id } = await createImage(h.acme, { name: 'acme-big' });
    // Fixture: a 1 MiB image_usage row for acme (quota rows of global resources use GLOBAL_AZ_ID).
    h.running.sim.store.quotas.set('image-quota-fixture', {
      id: 'image-quota-fixture', project_id: acmeProject, category: 'global', provider: 'hci', namespace: 'storage',
      resource: 'image_usage', name: '镜像空间', unit: 'Bytes', limits: { [GLOBAL_AZ_ID]: MIB },
    });
    try {
      const up = await upload(id, 2 * MIB, { token: h.acme });
      expect(up.status).toBe(400);
      expect(up.body.message).toMatch(/storage\/image_usage/);
      expect(await findImage(h.acme, id)).toMatchObject({ status: 'saving', size_mb: 0 });
    } finally {
      h.running.sim.store.quotas.delete('image-quota-fixture');
    }
  });
});

describe('image create validation and tenant scope', () => {
  it('names the bad field', async () => {
    for (const [body, field] of [
      [{ image_type: 'private', disk_format: 'aCloud' }, 'azs'],
      [{ image_type: 'private', disk_format: 'qcow2', azs: [az1] }, 'disk_format'],
      [{ image_type: 'shared', disk_format: 'ISO', azs: [az1] }, 'image_type'],
    ] as const) {
      const res = await h.acme.request('POST', '/janus/20180725/images', { body });
      expect(res.status).toBe(400);
      expect(res.body?.message).toContain(field);
    }
    const unknownAz = await h.acme.request('POST', '/janus/20180725/images', { body: { image_type: 'private', disk_format: 'ISO', azs: ['no-such-az'] } });
    expect(unknownAz.status).toBe(404);
  });

  it('keeps tenants to private images of their own, in their AZs', async () => {
    const pub = await h.acme.request('POST', '/janus/20180725/images', { body: { image_type: 'public', disk_format: 'ISO', azs: [az1] } });
    expect(pub.status).toBe(403);
    const globexProject = [...h.running.sim.store.projects.values()].find((p) => p.name === 'globex')!.id;
    const foreign = await h.acme.request('POST', '/janus/20180725/images', { body: { image_type: 'private', disk_format: 'ISO', azs: [az1], owner_id: globexProject } });
    expect(foreign.status).toBe(403);
    // globex is associated with the first AZ only.
    const notMine = await h.globex.request('POST', '/janus/20180725/images', { body: { image_type: 'private', disk_format: 'ISO', azs: [az2] } });
    expect(notMine.status).toBe(400);
    expect(notMine.body?.message).toMatch(/not associated/);
    // `owner` (the sample's spelling) works for an admin creating a tenant's image.
    const { id } = await createImage(h.admin, { name: 'for-globex', disk_format: 'ISO', owner: globexProject });
    expect((await findImage(h.globex, id)).owner_id).toBe(globexProject);
  });

  it('hides one tenant\'s private images from another', async () => {
    const { id } = await createImage(h.globex, { name: 'globex-secret', disk_format: 'ISO' });
    expect((await h.acme.request('GET', '/janus/20180725/images', { query: { image_ids: id } })).data.total_size).toBe(0);
    expect((await h.acme.request('GET', '/janus/20180725/images', { query: { image_type: 'private' } })).data.data.every((i: { owner_id: string }) => i.owner_id === acmeProject)).toBe(true);
    expect(await findImage(h.admin, id)).toMatchObject({ name: 'globex-secret' });
    expect((await h.acme.request('PUT', `/janus/20180725/images/${id}`, { body: { name: 'x' } })).status).toBe(404);
    expect((await h.acme.request('DELETE', `/janus/20180725/images/${id}`)).status).toBe(404);
    expect((await upload(id, MIB, { token: h.acme })).status).toBe(404);
  });
});

describe('image edit and delete', () => {
  it('edits through a task; public images are admin-only', async () => {
    const { id } = await createImage(h.acme, { name: 'acme-edit', disk_format: 'ISO' });
    const res = await h.acme.request('PUT', `/janus/20180725/images/${id}`, { body: { name: 'acme-edited', description: 'new', os_type: 'linux-debian', azs: [az1, az2] } });
    expect(res.status, res.body?.message).toBe(200);
    expect((await h.acme.waitForTask(res.data.task_id)).status).toBe('finish');
    const img = await findImage(h.acme, id);
    expect(img).toMatchObject({ name: 'acme-edited', description: 'new', os_type: 'linux-debian' });
    expect(img.azs.map((a: { id: string }) => a.id)).toEqual([az1, az2]);
    expect((await h.acme.request('PUT', `/janus/20180725/images/${id}`, { body: { azs: [] } })).status).toBe(400);

    const pub = (await h.acme.request('GET', '/janus/20180725/images', { query: { image_type: 'public' } })).data.data[0];
    const denied = await h.acme.request('PUT', `/janus/20180725/images/${pub.id}`, { body: { name: 'mine now' } });
    expect(denied.status).toBe(403);
    const byAdmin = await h.admin.request('PUT', `/janus/20180725/images/${pub.id}`, { body: { description: 'curated' } });
    expect(byAdmin.status).toBe(200);
    await h.admin.waitForTask(byAdmin.data.task_id);
    expect((await findImage(h.acme, pub.id)).description).toBe('curated');
  });

  it('deletes by both documented path spellings', async () => {
    const a = await createImage(h.acme, { name: 'acme-del-1', disk_format: 'ISO' });
    const b = await createImage(h.acme, { name: 'acme-del-2', disk_format: 'ISO' });
    const v = await h.acme.request('DELETE', `/janus/v20180725/images/${a.id}`);
    expect(v.status).toBe(204);
    expect(v.body).toBeUndefined();
    expect((await h.admin.request('DELETE', `/janus/20180725/images/${b.id}`)).status).toBe(204);
    for (const id of [a.id, b.id]) expect((await h.admin.request('GET', '/janus/20180725/images', { query: { image_ids: id } })).data.total_size).toBe(0);
    expect((await h.acme.request('DELETE', `/janus/20180725/images/${a.id}`)).status).toBe(404);
    const pub = (await h.acme.request('GET', '/janus/20180725/images', { query: { image_type: 'public' } })).data.data[0];
    expect((await h.acme.request('DELETE', `/janus/v20180725/images/${pub.id}`)).status).toBe(403);
  });
});

describe('make an image from a server', () => {
  it('lists the new private image by name as saving, then active', async () => {
    const store = h.running.sim.store;
    const server = [...store.servers.values()].find((s) => s.project_id === acmeProject && s.status === 'stopped' && s.in_recycle_bin === 0)!;
    const name = `from-${server.name}`;
    const res = await h.acme.request('POST', '/janus/20180725/images/action', { body: { server_id: server.id, name, os_type: 'l2664', azs: [server.az_id] } });
    expect(res.status, res.body?.message).toBe(201);
    expect(Object.keys(res.data)).toEqual(['task_id']);
    const listed = await h.acme.request('GET', '/janus/20180725/images', { query: { name } });
    expect(listed.data.data[0]).toMatchObject({ name, status: 'saving', image_type: 'private', disk_format: 'aCloud' });
    expect((await h.acme.waitForTask(res.data.task_id)).status).toBe('finish');
    const sizeMb = server.disks.reduce((n, d) => n + d.size_mb, 0);
    expect((await h.acme.request('GET', '/janus/20180725/images', { query: { name } })).data.data[0]).toMatchObject({ status: 'active', size_mb: sizeMb });

    const globexServer = [...store.servers.values()].find((s) => s.project_id !== acmeProject)!;
    const foreign = await h.acme.request('POST', '/janus/20180725/images/action', { body: { server_id: globexServer.id, name: 'steal', os_type: 'l2664', azs: [az1] } });
    expect(foreign.status).toBe(404);
    const missing = await h.acme.request('POST', '/janus/20180725/images/action', { body: { server_id: server.id, azs: [az1] } });
    expect(missing.status).toBe(400);
    expect(missing.body?.message).toMatch(/name/);
  });
});

describe('upload memory', () => {
  it('streams a 64 MB upload without holding it in memory', async () => {
    // Collect garbage while sampling, so the figure is what stays reachable (V8 lets up to
    // ~64 MB of dead external buffers pile up before it collects on its own).
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const { id } = await createImage(h.acme, { name: 'acme-64m', disk_format: 'ISO' });
    gc();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    try {
      const up = await upload(id, 64 * MIB, { token: h.acme });
      expect(up.status, up.body?.message).toBe(200);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before).toBeLessThan(32 * MIB);
    expect((await findImage(h.acme, id)).size_mb).toBe(64);
  });
});
