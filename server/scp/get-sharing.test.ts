import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { scopeKey } from './credentials';
import { resourceRoot } from './get-sharing';
import { ADMIN, ACME, createOpLog, ec2, listTasks, password, recordingLogger, startTestSim, testSettings } from './testing';

let running: RunningSimulator;
beforeAll(async () => {
  running = await startTestSim();
});
afterAll(() => running.close());
beforeEach(() => {
  running.sim.stats.byRoute = {};
});

const upstreamListCalls = () => running.sim.stats.byRoute['GET /janus/20180725/tasks'] ?? 0;

describe('single flight and the short cache', () => {
  it('sends N concurrent identical GETs upstream once', async () => {
    const client = new ScpClient(testSettings(running.url, { cacheMs: 0 }), { logger: recordingLogger() });
    running.sim.faults.update({ latencyMs: 50 });
    try {
      const results = await Promise.all(Array.from({ length: 50 }, () => client.call(listTasks, { scope: ec2(ADMIN), query: { page_size: 10 } })));
      expect(upstreamListCalls()).toBe(1);
      expect(new Set(results.map((r) => r.total_size)).size).toBe(1);
    } finally {
      running.sim.faults.update({ latencyMs: 0 });
      await client.close();
    }
  });

  it('keeps callers with different credentials apart, and never keys on the secret', async () => {
    const logger = recordingLogger();
    const client = new ScpClient(testSettings(running.url), { logger });
    const tenantTasks = await Promise.all([
      client.call(listTasks, { scope: ec2(ADMIN) }),
      client.call(listTasks, { scope: ec2(ACME) }),
      client.call(listTasks, { scope: password(ACME) }),
    ]);
    expect(upstreamListCalls()).toBe(3);
    expect(tenantTasks[1].total_size).toBeLessThan(tenantTasks[0].total_size);
    const key = scopeKey(ec2(ACME));
    expect(key).not.toContain(ACME.secretKey);
    expect(key).not.toContain(ACME.accessKey);
    expect(scopeKey({ kind: 'password', username: 'acme', token: { id: 'secret-token-id', expiresAt: 0 } })).not.toContain('secret-token-id');
    expect(scopeKey({ kind: 'ec2', accessKey: ACME.accessKey, secretKey: 'other' })).not.toBe(key);
    await client.close();
  });

  it('serves repeated GETs from the cache for SCP_CACHE_MS, then asks again', async () => {
    const client = new ScpClient(testSettings(running.url, { cacheMs: 200 }), { logger: recordingLogger() });
    await client.call(listTasks, { scope: ec2(ADMIN) });
    await client.call(listTasks, { scope: ec2(ADMIN) });
    expect(upstreamListCalls()).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    await client.call(listTasks, { scope: ec2(ADMIN) });
    expect(upstreamListCalls()).toBe(2);
    await client.close();
  });

  it('drops cached answers of a resource when the client mutates it', async () => {
    const client = new ScpClient(testSettings(running.url, { cacheMs: 60_000 }), { logger: recordingLogger() });
    const before = await client.call(listTasks, { scope: ec2(ACME), query: { page_size: 1 } });
    await client.call(createOpLog, { scope: ec2(ADMIN), body: { task: { action: 'audit', object_name: 'cache-test' } } });
    const admin = await client.call(listTasks, { scope: ec2(ADMIN), query: { page_size: 1 } });
    const after = await client.call(listTasks, { scope: ec2(ACME), query: { page_size: 1 } });
    expect(upstreamListCalls()).toBe(3);
    expect(admin.data[0].object_name).toBe('cache-test');
    expect(after.total_size).toBe(before.total_size);
    await client.close();
  });

  it('finds the resource of a path across API versions', () => {
    expect(resourceRoot('/janus/20200725/servers/abc/start')).toBe('servers');
    expect(resourceRoot('/janus/20180725/servers?page_num=1')).toBe('servers');
    expect(resourceRoot('/janus/v20180725/images/x')).toBe('images');
    expect(resourceRoot('/janus/authenticate')).toBe('authenticate');
  });
});
