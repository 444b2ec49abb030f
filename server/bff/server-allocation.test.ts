import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../session';
import { demoSessions, dispatcherFor, request, send, startWorld, type BffWorld } from './testing';

/*
 * POST /api/servers/:server_id/allocation: a platform admin hands a server (its
 * clone of a tenant's server) to the tenant. Tenants may not call it through
 * the console, whatever SCP would let them do.
 */

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
});
afterAll(() => world.close());

const as = (session: ConsoleSession, method: string, path: string, body?: unknown) => send(dispatcherFor(world, () => session), request(method, path, { body }));

async function finished(taskId: string) {
  for (let i = 0; i < 100; i++) {
    const r = await as(s.admin, 'GET', `/api/tasks/${taskId}`);
    if (r.json.status !== 'doing' && r.json.status !== 'waiting') return r.json;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`task ${taskId} did not finish`);
}

function acmeServer(): string {
  const acme = world.projectOf('acme');
  const server = [...world.running.sim.store.servers.values()].find((x) => x.project_id === acme && x.status === 'running' && x.in_recycle_bin === 0);
  if (!server) throw new Error('no running server of acme');
  return server.id;
}

describe('POST /api/servers/:server_id/allocation', () => {
  it("hands an admin's clone of a tenant's server to that tenant", async () => {
    const acme = world.projectOf('acme');
    const clone = await as(s.admin, 'POST', `/api/servers/${acmeServer()}/clone`, { name: 'handed', power_on: 0, count: 1, advance_param: { return_uuids: 1 } });
    expect(clone.status, JSON.stringify(clone.json)).toBe(200);
    await finished(clone.json.task_id);
    const id = clone.json.uuids[0];
    expect((await as(s.acme, 'GET', `/api/servers/${id}`)).status).toBe(404);
    const alloc = await as(s.admin, 'POST', `/api/servers/${id}/allocation`, { project_id: acme });
    expect(alloc.status, JSON.stringify(alloc.json)).toBe(200);
    expect((await finished(alloc.json.task_id)).status).toBe('finish');
    expect((await as(s.acme, 'GET', `/api/servers/${id}`)).json).toMatchObject({ id, project_id: acme });
  });

  it('is for platform admins only', async () => {
    const r = await as(s.acme, 'POST', `/api/servers/${acmeServer()}/allocation`, { project_id: world.projectOf('acme') });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBeTruthy();
  });

  it('refuses a malformed project id and unknown keys, naming them', async () => {
    const bad = await as(s.admin, 'POST', `/api/servers/${acmeServer()}/allocation`, { project_id: 'acme' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/project_id/);
    const extra = await as(s.admin, 'POST', `/api/servers/${acmeServer()}/allocation`, { project_id: world.projectOf('acme'), owner: 'x' });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.json)).toMatch(/owner/);
  });
});
