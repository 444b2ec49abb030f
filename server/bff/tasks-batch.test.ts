import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScpClient } from '../scp';
import { FAST_RETRY, recordingLogger, recordingTransport, testSettings } from '../scp/testing';
import { createTransport } from '../scp/transport';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { demoSessions, memoryLogger, request, send, startWorld, type BffWorld } from './testing';

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;
let shared: { client: ScpClient; sent: { path: string }[] };

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
  // A client with a cache period as in production, recording what reaches SCP.
  const settings = testSettings(world.running.url, { cacheMs: 2000 });
  const logger = recordingLogger();
  const transport = recordingTransport(createTransport(settings, logger));
  shared = { client: new ScpClient(settings, { logger, transport, retry: FAST_RETRY }), sent: transport.sent };
});
afterAll(async () => {
  await shared.client.close();
  await world.close();
});

const dispatcher = (session = s.admin): Dispatcher =>
  createDispatcher({ loadSession: async () => session, client: () => shared.client, rsaPadding: () => 'pkcs1', logger: memoryLogger() });
const batch = (ids: unknown, session = s.admin) => send(dispatcher(session), request('POST', '/api/tasks/batch', { body: { ids } }));
const taskIds = async (session = s.admin) => (await send(dispatcher(session), request('GET', '/api/tasks?pageSize=20'))).json.items.map((t: { id: string }) => t.id) as string[];

describe('POST /api/tasks/batch', () => {
  it('answers each task by id, and an error for one that does not exist', async () => {
    const [a, b] = await taskIds();
    const missing = '0f0e0d0c-0b0a-4908-8706-050403020100';
    const r = await batch([a, b, missing, a]);
    expect(r.status).toBe(200);
    expect(Object.keys(r.json.tasks).sort()).toEqual([a, b, missing].sort());
    expect(r.json.tasks[a]).toMatchObject({ task_id: a, status: expect.any(String), progress: expect.any(Number) });
    expect(r.json.tasks[missing]).toEqual({ error: { code: 'not_found', message: expect.stringContaining(missing) } });
  });

  it('validates the ids: at most 50 uuids', async () => {
    const tooMany = await batch(Array.from({ length: 51 }, () => '0f0e0d0c-0b0a-4908-8706-050403020100'));
    expect(tooMany).toMatchObject({ status: 400, json: { error: { message: expect.stringMatching(/body ids: must list at most 50/) } } });
    const bad = await batch(['../../etc']);
    expect(bad.json.error.message).toMatch(/body ids\.0: must be a UUID/);
  });

  it('costs SCP one GET per task per cache period, however many browsers ask', async () => {
    const ids = (await taskIds()).slice(0, 3);
    const before = shared.sent.length;
    const answers = await Promise.all(Array.from({ length: 100 }, () => batch(ids)));
    expect(answers.every((r) => r.status === 200 && ids.every((id) => r.json.tasks[id].task_id === id))).toBe(true);
    const gets = shared.sent.slice(before).map((r) => r.path).filter((p) => /\/tasks\/[0-9a-f-]{36}$/.test(p));
    // At most one each (a task read by an earlier test may still be in the cache).
    for (const id of ids) expect(gets.filter((p) => p.endsWith(id)).length).toBeLessThanOrEqual(1);
    expect(gets.length).toBeLessThanOrEqual(ids.length);
  });

  it('shares one poll per task across different users SCP lets see it', async () => {
    const [id] = await taskIds(s.acme);
    // Each credential reads once through SCP (proving SCP lets it see the task)…
    await batch([id], s.acme);
    await batch([id], s.admin);
    const before = shared.sent.length;
    await new Promise((r) => setTimeout(r, 2100)); // past the cache period
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => batch([id], i % 2 ? s.acme : s.admin)));
    const periods = 1 + Math.floor((Date.now() - started) / 2000);
    expect(answers.every((r) => r.json.tasks[id].task_id === id)).toBe(true);
    // …then both users' browsers share one poll per cache period (on a loaded machine the 50 answers may span more than one).
    const gets = shared.sent.slice(before).filter((r) => r.path.endsWith(`/tasks/${id}`));
    expect(gets.length).toBeGreaterThanOrEqual(1);
    expect(gets.length).toBeLessThanOrEqual(periods);
  });

  it('never hands a shared answer to a user SCP has not let see the task', async () => {
    const [id] = await taskIds(s.acme);
    await batch([id], s.acme);
    const r = await batch([id], s.globex);
    expect(r.json.tasks[id]).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('shows a confined user only their own project\'s tasks', async () => {
    const acmeTasks = await taskIds(s.acme);
    const globexTasks = await taskIds(s.globex);
    const r = await batch([acmeTasks[0], globexTasks[0]], s.confinedAcme);
    expect(r.json.tasks[acmeTasks[0]]).toMatchObject({ task_id: acmeTasks[0] });
    expect(r.json.tasks[globexTasks[0]]).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('is a mutation-style POST: same origin only', async () => {
    const r = await send(dispatcher(), request('POST', '/api/tasks/batch', { body: { ids: [] }, origin: 'https://evil.example' }));
    expect(r.status).toBe(403);
  });
});
