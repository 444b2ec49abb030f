import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTED_ENDPOINTS } from '../documented';
import { startHarness, type Harness } from './harness';
import { TestClient } from './test-client';

let h: Harness;
let anonymous: TestClient;
beforeAll(async () => {
  h = await startHarness();
  anonymous = new TestClient(h.url, { kind: 'none' });
});
afterAll(() => h.close());

/** A concrete path for a template: every `{x}` becomes one segment. */
const concrete = (template: string) => template.replace(/\{[^{}/]+\}/g, 'p1');

describe('every documented janus path is known', () => {
  it('answers each one with something other than 404, before any authentication', async () => {
    // Unauthenticated, so nothing changes: an implemented route answers 401 (or serves a public one),
    // a documented but unimplemented one 501; only an unknown path would be 404.
    const unknown: string[] = [];
    for (const e of DOCUMENTED_ENDPOINTS.filter((d) => d.path.startsWith('/janus'))) {
      const res = await anonymous.raw(e.method, concrete(e.path));
      if (res.status === 404) unknown.push(`${e.method} ${e.path}: ${res.body?.message}`);
    }
    expect(unknown).toEqual([]);
  });

  it('answers POST /backup-resources (§4.27.2, printed without a URI table) with 501 naming it', async () => {
    const res = await h.admin.request('POST', '/janus/20180725/backup-resources', { body: { server_id: '04a5aa27-dd5f-41f9-a348-bf76e6d84f2c', lock_time: 7200, type: 'backup' } });
    expect(res.status).toBe(501);
    expect(res.body?.message).toMatch(/POST \/janus\/20180725\/backup-resources is documented by SCP but not implemented/);
  });

  it('knows the paths a section documents beyond its row (a path parameter the row leaves out)', async () => {
    const banner = await h.admin.request('DELETE', '/janus/20180725/banners/bca21dfb-be78-464e-be34-bd12c4a92c76');
    expect(banner.status).toBe(501);
    expect(banner.body?.message).toMatch(/\/banners\/\{banner_id\}/);
    const policy = await h.admin.request('PUT', '/janus/20180725/snapshots/policies/2b170c29-affd-421c-a860-b498bd5f9e4f', { body: {} });
    expect(policy.status).toBe(501);
  });

  it('still answers an undocumented path with 404', async () => {
    expect((await h.admin.request('POST', '/janus/20180725/backup-resourcez')).status).toBe(404);
  });
});
