import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { defineOperation } from './operation';
import { renameFields } from './normalise';
import { ADMIN, ACME, FAST_RETRY, createOpLog, ec2, getTask, listTasks, recordingLogger, recordingTransport, startTestSim, testSettings } from './testing';
import { createTransport } from './transport';

let running: RunningSimulator;
beforeAll(async () => {
  running = await startTestSim();
});
afterAll(() => running.close());
beforeEach(() => {
  running.sim.faults.update({ errorRate: 0, rateLimitStormRate: 0, resetRate: 0, latencyMs: 0 });
});

function client(over: Parameters<typeof testSettings>[1] = {}) {
  const settings = testSettings(running.url, { cacheMs: 0, ...over });
  const logger = recordingLogger();
  const transport = recordingTransport(createTransport(settings, logger));
  return { c: new ScpClient(settings, { logger, transport, retry: FAST_RETRY }), logger, transport };
}

describe('an SCP without a newer API version', () => {
  // A version this SCP (the simulator) does not have: its paths answer 404.
  const newer = defineOperation({ ...listTasks, name: 'tasks.list.newer', path: '/janus/20990725/tasks', olderPath: '/janus/20180725/tasks' });

  it('asks the older path after a 404 on the newer one, and only the older one afterwards', async () => {
    const { c, transport, logger } = client();
    const first = await c.call(newer, { scope: ec2(ACME), query: { page_size: 2 } });
    expect(first.data.length).toBeGreaterThan(0);
    await c.call(newer, { scope: ec2(ACME), query: { page_size: 2 } });
    expect(transport.sent.map((r) => r.path.split('?')[0])).toEqual(['/janus/20990725/tasks', '/janus/20180725/tasks', '/janus/20180725/tasks']);
    expect(logger.warnings).toEqual(['tasks.list.newer: SCP has no /janus/20990725/tasks; using /janus/20180725/tasks']);
    await c.close();
  });

  it('keeps a path SCP has, and a 404 of an operation without an older path is the caller\'s', async () => {
    const { c, transport } = client();
    await c.call({ ...listTasks, olderPath: '/janus/20990725/tasks' }, { scope: ec2(ACME), query: { page_size: 2 } });
    expect(transport.sent.map((r) => r.path.split('?')[0])).toEqual(['/janus/20180725/tasks']);
    await expect(c.call(getTask, { scope: ec2(ADMIN), params: { task_id: 'no-such-task' } })).rejects.toMatchObject({ status: 404 });
    await c.close();
  });
});

describe('envelope and errors', () => {
  it('unwraps data and sends X-Request-Id, one per call', async () => {
    const { c, transport } = client();
    const page = await c.call(listTasks, { scope: ec2(ACME), query: { page_size: 2 } });
    expect(page.data.length).toBeLessThanOrEqual(2);
    await c.call(listTasks, { scope: ec2(ACME), query: { page_size: 2 } });
    const ids = transport.sent.map((r) => r.headers['X-Request-Id']);
    expect(new Set(ids).size).toBe(2);
    await c.close();
  });

  it('maps 404 with SCP\'s code and message, the operation and the request id', async () => {
    const { c, transport } = client();
    const err = await c.call(getTask, { scope: ec2(ADMIN), params: { task_id: 'no-such-task' } }).catch((e) => e);
    expect(err).toMatchObject({ name: 'ScpError', kind: 'http', status: 404, scpCode: 404, operation: 'tasks.get', message: expect.stringMatching(/no-such-task/) });
    expect(err.requestId).toBe(transport.sent[0].headers['X-Request-Id']);
    expect(transport.sent).toHaveLength(1);
    await c.close();
  });

  it('keeps a 400\'s message and never retries it', async () => {
    const { c, transport } = client();
    await expect(c.call(listTasks, { scope: ec2(ADMIN), query: { page_size: 101 } })).rejects.toMatchObject({
      status: 400, message: expect.stringMatching(/page_size must be between 1 and 100/),
    });
    expect(transport.sent).toHaveLength(1);
    await c.close();
  });

  it('retries a GET on 5xx a bounded number of times, then fails with the status', async () => {
    running.sim.faults.update({ errorRate: 1 });
    const { c, transport, logger } = client();
    await expect(c.call(listTasks, { scope: ec2(ADMIN) })).rejects.toMatchObject({ kind: 'http', status: 500, message: expect.stringMatching(/injected/) });
    expect(transport.sent).toHaveLength(4);
    expect(logger.warnings.filter((w) => /retrying/.test(w))).toHaveLength(3);
    await c.close();
  });

  it('recovers from a transient 5xx on a GET', async () => {
    running.sim.faults.update({ errorRate: 1 });
    const c = new ScpClient(testSettings(running.url), { retry: FAST_RETRY, logger: recordingLogger(() => running.sim.faults.update({ errorRate: 0 })) });
    expect((await c.call(listTasks, { scope: ec2(ADMIN) })).total_size).toBeGreaterThan(0);
    await c.close();
  });

  it('backs off and retries a rate-limit 429 (same X-Client-Token on a POST)', async () => {
    running.sim.faults.update({ rateLimitStormRate: 1 });
    const settings = testSettings(running.url);
    const logger = recordingLogger(() => running.sim.faults.update({ rateLimitStormRate: 0 }));
    const transport = recordingTransport(createTransport(settings, logger));
    const c = new ScpClient(settings, { logger, transport, retry: FAST_RETRY });
    await c.call(createOpLog, { scope: ec2(ADMIN), body: { task: { action: 'audit', object_name: 'rate-limited-once' } } });
    expect(transport.sent.map((r) => r.headers['X-Client-Token'])).toEqual([expect.any(String), transport.sent[0].headers['X-Client-Token']]);
    await c.close();
  });

  it('reports an unimplemented or unknown API as the status SCP gave', async () => {
    const { c } = client();
    const op = defineOperation({ name: 'nothing.list', method: 'GET', path: '/janus/20180725/no-such-thing', response: z.unknown() });
    await expect(c.call(op, { scope: ec2(ADMIN) })).rejects.toMatchObject({ kind: 'http', status: 404 });
    await c.close();
  });

  it('times out waiting for headers, retries the GET, then fails with kind network', async () => {
    // undici checks header timeouts on a timer of about one second's resolution.
    running.sim.faults.update({ latencyMs: 3000 });
    const settings = testSettings(running.url, { timeouts: { connectMs: 1000, headersMs: 200, bodyMs: 1000 } });
    const logger = recordingLogger();
    const c = new ScpClient(settings, { logger, retry: { ...FAST_RETRY, attempts: 2 } });
    await expect(c.call(listTasks, { scope: ec2(ADMIN) })).rejects.toMatchObject({ kind: 'network', status: 0, message: expect.stringMatching(/UND_ERR_HEADERS_TIMEOUT/) });
    expect(logger.requests.map((r) => r.errorCode)).toEqual(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);
    await c.close();
  });

  it('fails with kind network when SCP does not answer', async () => {
    const c = new ScpClient(testSettings('http://127.0.0.1:1'), { logger: recordingLogger(), retry: FAST_RETRY });
    await expect(c.call(listTasks, { scope: ec2(ADMIN) })).rejects.toMatchObject({ kind: 'network', status: 0, message: expect.stringMatching(/ECONNREFUSED/) });
    await c.close();
  });
});

describe('parsing at the boundary', () => {
  it('normalises drift before the schema and reports a mismatch as invalid-response', async () => {
    const { c } = client();
    const drifted = defineOperation({
      name: 'tasks.list-renamed', method: 'GET', path: '/janus/20180725/tasks',
      normalise: renameFields({ total: ['total_size'] }),
      response: z.object({ total: z.number() }),
    });
    expect((await c.call(drifted, { scope: ec2(ADMIN) })).total).toBeGreaterThan(0);
    const strict = defineOperation({ name: 'tasks.list-strict', method: 'GET', path: '/janus/20180725/tasks', response: z.object({ total_size: z.string() }) });
    await expect(c.call(strict, { scope: ec2(ADMIN) })).rejects.toMatchObject({ kind: 'invalid-response', message: expect.stringMatching(/total_size/) });
    await c.close();
  });
});
