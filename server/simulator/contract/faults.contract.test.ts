import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function setFaults(patch: object): Promise<void> {
  const res = await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify(patch) });
  expect(res.status).toBe(200);
}

beforeEach(() => setFaults({ latencyMs: 0, errorRate: 0, rateLimitStormRate: 0, resetRate: 0, taskFailRate: 0, taskFailMatch: '' }));

describe('fault injection', () => {
  it('adds latency', async () => {
    await setFaults({ latencyMs: 150 });
    const t0 = performance.now();
    expect((await h.admin.request('GET', '/janus/20180725/tasks')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(145);
  });

  it('fails a share of requests with 500', async () => {
    await setFaults({ errorRate: 1 });
    const res = await h.admin.request('GET', '/janus/20180725/tasks');
    expect(res.status).toBe(500);
    expect(res.body?.message).toMatch(/retry/);
  });

  it('produces 429 storms', async () => {
    await setFaults({ rateLimitStormRate: 1 });
    expect((await h.admin.request('GET', '/janus/20180725/tasks')).status).toBe(429);
  });

  it('resets connections mid-response', async () => {
    await setFaults({ resetRate: 1 });
    await expect(h.admin.request('GET', '/janus/20180725/tasks')).rejects.toThrow();
  });

  it('rejects an invalid fault setting, naming it', async () => {
    const res = await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 2 }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/errorRate/);
  });

  it('makes matching tasks fail with a description', async () => {
    await setFaults({ taskFailMatch: '^acme-web-01$' });
    const list = await h.acme.request('GET', '/janus/20180725/servers', { query: { name: 'acme-web-01' } });
    const server = list.data.data.find((s: any) => s.name === 'acme-web-01');
    const action = server.status === 'running' ? 'stop' : 'start';
    const res = await h.acme.request('POST', `/janus/20180725/servers/${server.id}/${action}`, { body: {} });
    expect(res.status).toBe(201);
    const task = await h.acme.waitForTask(res.data.task_id);
    expect(task.status).toBe('failure');
    expect(task.description).toMatch(/injected failure/);
  });
});
