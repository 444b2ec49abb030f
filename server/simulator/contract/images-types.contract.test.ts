import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import type { TestClient } from './test-client';

let h: Harness;
let az1: string;
beforeAll(async () => {
  h = await startHarness();
  az1 = (await h.admin.request('GET', '/janus/20180725/azs')).data.data[0].id;
});
afterAll(() => h.close());

const create = (c: TestClient, body: Record<string, unknown>) => c.request('POST', '/janus/20180725/images', { body: { azs: [az1], ...body } });

async function listed(c: TestClient, imageType: string, id: string) {
  const res = await c.request('GET', '/janus/20180725/images', { query: { image_type: imageType } });
  return (res.data.data as { id: string }[]).find((i) => i.id === id) as Record<string, unknown> | undefined;
}

describe('image create: the documented image types (seed §4.13.7)', () => {
  it('lets an admin create a network-device image, as the vnetdev sample sends it', async () => {
    const res = await create(h.admin, { image_type: 'vnetdev', disk_format: 'aCloud' });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data).toEqual({ task_id: expect.any(String), id: expect.any(String) });
    expect(await listed(h.admin, 'vnetdev', res.data.id)).toMatchObject({ image_type: 'vnetdev', category: 'normal', status: 'saving' });
  });

  it('lets an admin create a service image with a service type, listed as category service', async () => {
    const res = await create(h.admin, { image_type: 'service', disk_format: 'aCloud', name: 'svc-cssp', service_type: 'cssp', description: 'Service image' });
    expect(res.status, res.body?.message).toBe(201);
    expect(await listed(h.admin, 'service', res.data.id)).toMatchObject({ image_type: 'service', category: 'service', name: 'svc-cssp' });
  });

  it('refuses an unknown service type, naming the field', async () => {
    const res = await create(h.admin, { image_type: 'service', disk_format: 'aCloud', service_type: 'antivirus' });
    expect(res.status).toBe(400);
    expect(res.body?.message).toContain('service_type');
  });

  it('leaves network-device and service images to admins: a tenant may create only private ones (seed §4.13.8.1)', async () => {
    for (const imageType of ['vnetdev', 'service', 'public']) {
      const res = await create(h.acme, { image_type: imageType, disk_format: 'aCloud' });
      expect(res.status, imageType).toBe(403);
      expect(res.body?.message).toContain(imageType);
    }
    expect((await create(h.acme, { image_type: 'private', disk_format: 'ISO' })).status).toBe(201);
  });

  it('does not show the platform\'s network-device and service images to tenants', async () => {
    const vnetdev = await create(h.admin, { image_type: 'vnetdev', disk_format: 'aCloud' });
    expect(await listed(h.acme, 'vnetdev', vnetdev.data.id)).toBeUndefined();
  });

  it('refuses app-center images, which no create sample shows', async () => {
    const res = await create(h.admin, { image_type: 'app-center', disk_format: 'aCloud' });
    expect(res.status).toBe(400);
    expect(res.body?.message).toContain('image_type');
  });
});
