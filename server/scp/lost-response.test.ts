import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { drift } from './normalise';
import { defineOperation } from './operation';
import { listAll, listPageSchema } from './pagination';
import { findByName, findRecentTask } from './recover';
import { ACME, ADMIN, FAST_RETRY, createOpLog, ec2, listTasks, recordingLogger, recordingTransport, startTestSim, testSettings } from './testing';
import { createTransport } from './transport';

/*
 * A connection reset after SCP applied a POST: the client retries with the same
 * X-Client-Token, SCP answers the idempotency 429, and the operation's recover
 * hook finds the outcome. Exactly one thing is created.
 */

const ServerItem = z.looseObject({ id: z.string(), name: z.string(), status: z.string(), az_id: z.string(), image_id: z.string(), storage_tag_id: z.string(), cores: z.number(), sockets: z.number(), memory_mb: z.number(), disks: z.array(z.looseObject({ size_mb: z.number() })) });
const listServers = defineOperation({ name: 'servers.list', method: 'GET', path: '/janus/20180725/servers', normalise: (d) => drift.server(d), response: listPageSchema(ServerItem) });
const createServer = defineOperation({
  name: 'servers.create', method: 'POST', path: '/janus/20180725/servers',
  response: z.object({ task_id: z.string(), uuids: z.array(z.string()) }),
  recover: async (ctx) => {
    const name = (ctx.input.body as { name: string }).name;
    const servers = await findByName(ctx, listServers, name);
    if (servers.length === 0) return undefined;
    const task = await findRecentTask(ctx, { objectId: servers[0].id });
    return task && { task_id: task.id, uuids: servers.map((s) => s.id) };
  },
});

let running: RunningSimulator;
beforeAll(async () => {
  running = await startTestSim();
});
afterAll(() => running.close());
beforeEach(() => {
  running.sim.faults.update({ resetRate: 0, errorRate: 0 });
});

/** A client whose first retry warning switches the reset fault off: the reset hits exactly one attempt. */
function clientResettingOnce() {
  const settings = testSettings(running.url);
  const logger = recordingLogger((m) => {
    if (/retrying/.test(m)) running.sim.faults.update({ resetRate: 0 });
  });
  const transport = recordingTransport(createTransport(settings, logger));
  return { client: new ScpClient(settings, { logger, transport, retry: FAST_RETRY }), logger, transport };
}

describe('a lost answer to a POST', () => {
  it('creates exactly one server when the connection resets after the create', async () => {
    const { client, logger, transport } = clientResettingOnce();
    // A server made from an aCloud image: its system disk derives from the image.
    const template = (await client.call(listServers, { scope: ec2(ACME) })).data.find((s) => /aCloud/.test(String(s.image_name)))!;
    const name = `lost-answer-${Date.now()}`;
    const countNamed = async () => (await listAll(client, listServers, { scope: ec2(ACME), query: { name }, fresh: true })).filter((s) => s.name === name).length;
    expect(await countNamed()).toBe(0);

    running.sim.faults.update({ resetRate: 1 });
    const created = await client.call(createServer, {
      scope: ec2(ACME),
      body: {
        name, az_id: template.az_id, image_id: template.image_id, storage_tag_id: template.storage_tag_id, cores: 1, sockets: 1, memory_mb: 1024,
        disks: [{ id: 'ide0', type: 'derive_disk', size_mb: template.disks[0].size_mb, preallocate: 'off' }], networks: [{ vif_id: 'net0', connect: 1 }],
      },
    });

    const posts = transport.sent.filter((r) => r.method === 'POST' && r.path === '/janus/20180725/servers');
    expect(posts).toHaveLength(2);
    expect(posts[1].headers['X-Client-Token']).toBe(posts[0].headers['X-Client-Token']);
    expect(logger.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([0, 429]);
    expect(logger.warnings).toContain('recovered the outcome of a request whose answer was lost');
    expect(created.uuids).toHaveLength(1);
    expect(await countNamed()).toBe(1);
    await client.close();
  });

  it('recovers an op-log entry created by POST /janus/20180725/tasks, once', async () => {
    const { client } = clientResettingOnce();
    const name = `lost-oplog-${Date.now()}`;
    const countNamed = async () => (await listAll(client, listTasks, { scope: ec2(ADMIN), fresh: true })).filter((t) => t.object_name === name).length;
    expect(await countNamed()).toBe(0);
    running.sim.faults.update({ resetRate: 1 });
    const task = await client.call(createOpLog, { scope: ec2(ADMIN), body: { task: { action: '审计', object_name: name } } });
    expect(task.object_name).toBe(name);
    expect(await countNamed()).toBe(1);
    await client.close();
  });

  it('fails with outcome-unknown when the operation cannot recover', async () => {
    const { client } = clientResettingOnce();
    const noRecover = defineOperation({ ...createOpLog, name: 'tasks.create-blind', recover: undefined });
    running.sim.faults.update({ resetRate: 1 });
    await expect(client.call(noRecover, { scope: ec2(ADMIN), body: { task: { action: 'audit', object_name: 'blind' } } }))
      .rejects.toMatchObject({ kind: 'outcome-unknown', status: 429, operation: 'tasks.create-blind', message: expect.stringMatching(/already received/) });
    await client.close();
  });

  it('fails with outcome-unknown, and says so in the log, when the recover hook itself fails', async () => {
    const { client, logger } = clientResettingOnce();
    const broken = defineOperation({ ...createOpLog, name: 'tasks.create-broken', recover: async () => { throw new Error('lookup failed'); } });
    running.sim.faults.update({ resetRate: 1 });
    await expect(client.call(broken, { scope: ec2(ADMIN), body: { task: { action: 'audit', object_name: `broken-${Date.now()}` } } }))
      .rejects.toMatchObject({ kind: 'outcome-unknown', status: 429 });
    expect(logger.warnings).toContain('could not look up the outcome of a request whose answer was lost');
    await client.close();
  });

  it('asks the recover hook of a DELETE whose answer is lost, which is not retried', async () => {
    const { client, transport } = clientResettingOnce();
    const victim = (await client.call(listServers, { scope: ec2(ACME), query: { status: 'stopped', page_size: 1 } })).data[0];
    const deleteServer = defineOperation({
      name: 'servers.delete', method: 'DELETE', path: '/janus/20180725/servers/{server_id}', response: z.object({ task_id: z.string() }),
      recover: async (ctx) => {
        expect(ctx.clientToken).toBeUndefined();
        const task = await findRecentTask(ctx, { objectId: String(ctx.input.params?.server_id), actions: ['删除云主机'] });
        return task && { task_id: task.id };
      },
    });
    running.sim.faults.update({ resetRate: 1 });
    const deleted = await client.call(deleteServer, { scope: ec2(ACME), params: { server_id: victim.id } });
    expect(transport.sent.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect(running.sim.tasks.get(deleted.task_id)).toMatchObject({ object_id: victim.id, action: '删除云主机' });
    await client.close();
  });

  it('does not retry a DELETE whose answer is lost (it carries no X-Client-Token)', async () => {
    const { client, transport } = clientResettingOnce();
    const deleteServer = defineOperation({ name: 'servers.delete', method: 'DELETE', path: '/janus/20180725/servers/{server_id}', response: z.object({ task_id: z.string() }) });
    const victim = (await client.call(listServers, { scope: ec2(ACME), query: { status: 'running', page_size: 1 } })).data[0];
    running.sim.faults.update({ resetRate: 1 });
    await expect(client.call(deleteServer, { scope: ec2(ACME), params: { server_id: victim.id } }))
      .rejects.toMatchObject({ kind: 'outcome-unknown', status: 0, message: expect.stringMatching(/may have applied it/) });
    running.sim.faults.update({ resetRate: 0 });
    expect(transport.sent.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    await client.close();
  });
});
