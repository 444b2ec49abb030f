import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { TestClient } from './test-client';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('rate limits (per IP, per API, per minute)', () => {
  it('answers 429 past the limit and blocks only that API', async () => {
    h = await startHarness({ rateLimits: { GET: 5, POST: 2, PUT: 2, DELETE: 2 } });
    for (let i = 0; i < 5; i++) expect((await h.admin.request('GET', '/janus/20180725/tasks')).status).toBe(200);
    const over = await h.admin.request('GET', '/janus/20180725/tasks');
    expect(over.status).toBe(429);
    expect(over.body?.message).toMatch(/rate limit/);
    expect(over.body?.code).not.toBe(0);
    // Still blocked a moment later, but other APIs are unaffected.
    expect((await h.admin.request('GET', '/janus/20180725/tasks')).status).toBe(429);
    const other = await h.admin.request('GET', '/janus/20180725/tasks/00000000-0000-4000-8000-000000000000');
    expect(other.status).toBe(404);
  });

  it('can be switched off', async () => {
    h = await startHarness({ rateLimits: false });
    const statuses = await Promise.all(Array.from({ length: 700 }, () => h!.admin.request('GET', '/janus/20180725/tasks', { query: { page_size: 1 } })));
    expect(statuses.every((r) => r.status === 200)).toBe(true);
  });

  it('throttles the public-key endpoints with 403, shared by v1 and v2', async () => {
    h = await startHarness({ publicKeyLimits: { perIp: 3, global: 1000 } });
    const anon = new TestClient(h.url, { kind: 'none' });
    expect((await anon.raw('GET', '/janus/public-key')).status).toBe(200);
    expect((await anon.raw('GET', '/janus/v2/public-key')).status).toBe(200);
    expect((await anon.raw('GET', '/janus/public-key')).status).toBe(200);
    const refused = await anon.raw('GET', '/janus/v2/public-key');
    expect(refused.status).toBe(403);
    expect(refused.body?.message).toMatch(/60 per minute|public-key/);
  });
});

describe('idempotency (X-Client-Token)', () => {
  it('refuses a repeated token with the same parameters, and changes nothing', async () => {
    h = await startHarness();
    const body = { task: { action: '测试操作', object_name: 'idempotency-probe' } };
    const headers = { 'x-client-token': 'c0ffee00-0000-4000-8000-000000000001' };
    const first = await h.admin.request('POST', '/janus/20180725/tasks', { body, headers });
    expect(first.status).toBe(201);
    const again = await h.admin.request('POST', '/janus/20180725/tasks', { body, headers });
    expect(again.status).toBe(429);
    expect(again.body?.message).toMatch(/X-Client-Token/);
    const log = await h.admin.request('GET', '/janus/20180725/tasks', { query: { page_size: 100 } });
    expect(log.data.data.filter((t: any) => t.object_name === 'idempotency-probe')).toHaveLength(1);
    // Same token, different parameters: a different request.
    const other = await h.admin.request('POST', '/janus/20180725/tasks', { body: { task: { action: '测试操作', object_name: 'other' } }, headers });
    expect(other.status).toBe(201);
  });
});

describe('unimplemented and unknown endpoints', () => {
  it('answers 501 naming a documented endpoint the simulator lacks, 404 for an unknown one', async () => {
    h = await startHarness();
    const doc = await h.admin.request('GET', '/janus/20190725/alarm-histories');
    expect(doc.status).toBe(501);
    expect(doc.body?.message).toMatch(/alarm-histories.*not implemented/);
    const unknown = await h.admin.request('GET', '/janus/20180725/no-such-thing');
    expect(unknown.status).toBe(404);
  });

  it('refuses a malformed body and an oversized one with 400', async () => {
    h = await startHarness();
    const bad = await h.admin.request('POST', '/janus/20180725/tasks', { rawBody: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/JSON/);
    const big = await h.admin.request('POST', '/janus/20180725/tasks', { rawBody: JSON.stringify({ pad: 'x'.repeat(1_100_000) }) });
    expect(big.status).toBe(400);
    expect(big.body?.message).toMatch(/larger than/);
  });

  it('keeps the control endpoints off unless enabled', async () => {
    h = await startHarness({ control: false });
    const res = await fetch(`${h.url}/_sim/faults`);
    expect(res.status).toBe(404);
  });
});
