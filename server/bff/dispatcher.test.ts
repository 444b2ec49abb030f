import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScpClient } from '../scp';
import { FAST_RETRY, recordingLogger, testSettings } from '../scp/testing';
import type { ConsoleSession } from '../session';
import { createDispatcher } from './dispatcher';
import { demoSessions, dispatcherFor, memoryLogger, ORIGIN, request, send, startWorld, type BffWorld } from './testing';

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;
let current: ConsoleSession | null;
const logger = memoryLogger();
const d = () => dispatcherFor(world, () => current, logger);
const MISSING = '0f0e0d0c-0b0a-4908-8706-050403020100';

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
});
afterAll(() => world.close());
beforeEach(() => {
  current = s.admin;
});

/** A server of `tenant` in `status`, straight from the simulator's store (test fixture only). */
function serverOf(tenant: string, status: string): string {
  const project = world.projectOf(tenant);
  const server = [...world.running.sim.store.servers.values()].find((x) => x.project_id === project && x.status === status && x.in_recycle_bin === 0);
  if (!server) throw new Error(`no ${status} server of ${tenant}`);
  return server.id;
}

describe('allowlist', () => {
  it('answers 404 not_found for anything not declared', async () => {
    for (const [method, path] of [['GET', '/api/nothing'], ['GET', '/api/servers/action/extra'], ['POST', '/api/alarms'], ['PATCH', '/api/alarms']]) {
      const r = await send(d(), request(method, path));
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.json.error).toMatchObject({ code: 'not_found', message: expect.stringContaining(path), requestId: expect.any(String) });
    }
  });

  it('refuses encoded slashes before matching', async () => {
    const r = await send(d(), request('GET', `/api/servers/${MISSING}%2F..%2F..%2Fprojects`));
    expect(r).toMatchObject({ status: 400, json: { error: { code: 'invalid_request', message: expect.stringMatching(/encoded slashes/) } } });
  });

  it('checks path ids against SCP\'s id shapes', async () => {
    const r = await send(d(), request('POST', '/api/servers/12345/start'));
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/server_id must be a UUID/);
    const p = await send(d(), request('GET', `/api/projects/${MISSING}`));
    expect(p.json.error.message).toMatch(/project_id must be 32 hex digits/);
  });
});

describe('methods', () => {
  it('answers 405 with the path\'s Allow list for a method the path does not have', async () => {
    for (const [method, path, allow] of [
      ['PATCH', '/api/servers', 'GET, HEAD, POST, OPTIONS'],
      ['DELETE', '/api/servers', 'GET, HEAD, POST, OPTIONS'],
      ['PUT', '/api/azs', 'GET, HEAD, OPTIONS'],
      ['GET', `/api/servers/${MISSING}/start`, 'POST, OPTIONS'],
      ['POST', `/api/servers/${MISSING}`, 'GET, HEAD, PUT, DELETE, OPTIONS'],
    ]) {
      const r = await send(d(), request(method, path));
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect(r.json.error).toMatchObject({ code: 'method_not_allowed', message: `${method} is not allowed on ${path}; it allows ${allow}`, requestId: expect.any(String) });
    }
  });

  it('joins the methods of every template a path fits (tasks/batch is also a task id)', async () => {
    const r = await send(d(), request('PUT', '/api/tasks/batch'));
    expect(r.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('answers a method the edge named (TRACE, handed on as OPTIONS) with 405', async () => {
    const r = await send(d(), request('OPTIONS', '/api/servers', { headers: { 'x-scp-console-method': 'TRACE' } }));
    expect(r).toMatchObject({ status: 405, json: { error: { code: 'method_not_allowed', message: expect.stringMatching(/^TRACE is not allowed on \/api\/servers/) } } });
    expect(r.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('answers OPTIONS with the path\'s Allow list and no body, and 404 for a path it does not have', async () => {
    const r = await send(d(), request('OPTIONS', `/api/servers/${MISSING}/snapshots`));
    expect(r.status).toBe(204);
    expect(r.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect(r.json).toBeUndefined();
    expect((await send(d(), request('OPTIONS', '/api/nothing'))).status).toBe(404);
  });

  it('serves HEAD as the GET route, with its status and headers', async () => {
    const head = await d().HEAD(request('HEAD', '/api/azs'));
    const get = await d().GET(request('GET', '/api/azs'));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    current = null;
    expect((await d().HEAD(request('HEAD', '/api/azs'))).status).toBe(401);
  });
});

describe('the wrapper', () => {
  it('answers 401 without a session', async () => {
    current = null;
    const r = await send(d(), request('GET', '/api/servers'));
    expect(r).toMatchObject({ status: 401, json: { error: { code: 'unauthenticated' } } });
  });

  it('answers 403 not_permitted to a role the route does not allow', async () => {
    current = s.acme;
    expect(await send(d(), request('GET', '/api/overview'))).toMatchObject({ status: 403, json: { error: { code: 'not_permitted' } } });
    current = s.member;
    expect(await send(d(), request('GET', '/api/servers'))).toMatchObject({ status: 403, json: { error: { code: 'not_permitted', message: expect.stringMatching(/member/) } } });
  });

  it('refuses mutations from another origin, without an Origin, or cross-site', async () => {
    const id = serverOf('acme', 'stopped');
    for (const opts of [{ origin: 'https://evil.example' }, { origin: null }, { headers: { 'sec-fetch-site': 'cross-site' } }]) {
      const r = await send(d(), request('POST', `/api/servers/${id}/start`, opts));
      expect(r, JSON.stringify(opts)).toMatchObject({ status: 403, json: { error: { code: 'cross_origin' } } });
    }
    expect(world.running.sim.store.servers.get(id)?.status).toBe('stopped');
  });

  it('lets reads through without an Origin', async () => {
    expect((await send(d(), request('GET', '/api/azs'))).status).toBe(200);
  });

  it('names each bad query and body field', async () => {
    const q = await send(d(), request('GET', '/api/servers?pageSize=500&power_state=maybe'));
    expect(q.status).toBe(400);
    expect(q.json.error.message).toMatch(/query pageSize: must be at most 100.*query power_state:/);
    const b = await send(d(), request('POST', '/api/servers', { body: { name: 'x', cores: 'two' } }));
    expect(b.status).toBe(400);
    expect(b.json.error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['body.cores', 'body.sockets', 'body.disks', 'body.image_id']));
  });

  it('refuses a body on routes that take none, and oversized bodies', async () => {
    const id = serverOf('acme', 'stopped');
    expect((await send(d(), request('POST', `/api/servers/${id}/start`, { body: { force: 1 } }))).json.error.message).toMatch(/takes no body/);
    const big = await send(d(), request('POST', '/api/servers', { body: { name: 'x'.repeat(300 * 1024) } }));
    expect(big).toMatchObject({ status: 413, json: { error: { code: 'body_too_large' } } });
  });

  it('never answers a bare 500: an unexpected failure is logged and answered with its request id', async () => {
    const broken = dispatcherFor(world, () => {
      throw new Error('session store exploded: secret=hunter2');
    }, logger);
    const r = await send(broken, request('GET', '/api/servers'));
    expect(r.status).toBe(500);
    expect(r.json).toEqual({ error: { code: 'internal_error', message: expect.stringContaining(r.json.error.requestId), requestId: expect.any(String) } });
    expect(JSON.stringify(r.json)).not.toMatch(/hunter2|exploded/);
    expect(logger.errors.at(-1)).toMatchObject({ fields: { requestId: r.json.error.requestId, message: expect.stringMatching(/exploded/) } });
  });
});

describe('lists', () => {
  it('pass page, size and sort through to SCP and answer a console page', async () => {
    const all = await send(d(), request('GET', '/api/servers?pageSize=100'));
    const r = await send(d(), request('GET', '/api/servers?page=2&pageSize=5&sort=name&order_by=desc'));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ total: all.json.total, page: 2, pageSize: 5 });
    expect(r.json.items).toHaveLength(5);
    const names = all.json.items.map((x: { name: string }) => x.name).sort().reverse();
    expect(r.json.items.map((x: { name: string }) => x.name)).toEqual(names.slice(5, 10));
  });

  it('pass filters through and keep SCP\'s sort errors', async () => {
    const r = await send(d(), request('GET', '/api/servers?status=stopped&pageSize=100'));
    expect(r.json.items.every((x: { status: string }) => x.status === 'stopped')).toBe(true);
    const bad = await send(d(), request('GET', '/api/servers?sort=colour'));
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'bad_request', message: expect.stringMatching(/sort field "colour"/), scpCode: 400 } } });
  });

  it('normalise documented drift: floating-IP bandwidth, server vm_type', async () => {
    const fips = await send(d(), request('GET', '/api/floatingips'));
    expect(fips.json.items[0].bandwidth).toEqual({ qos_uplink: expect.any(Number), qos_downlink: expect.any(Number) });
    const servers = await send(d(), request('GET', '/api/servers?pageSize=1'));
    expect(servers.json.items[0]).toMatchObject({ vm_type: 'vm' });
    expect(servers.json.items[0]).not.toHaveProperty('vmtype');
  });

  it('answer every declared read as its schema expects (schemas checked against the simulator)', async () => {
    const az = (await send(d(), request('GET', '/api/azs'))).json.items[0].id;
    const server = serverOf('acme', 'running');
    const subnet = (await send(d(), request('GET', '/api/subnets?is_visible=1'))).json.items[0].id;
    const fip = (await send(d(), request('GET', '/api/floatingips'))).json.items[0].id;
    const task = (await send(d(), request('GET', '/api/tasks'))).json.items[0].id;
    const reads = [
      '/api/servers', `/api/servers/${server}`, `/api/servers/${server}/snapshots`, '/api/tasks', `/api/tasks/${task}`, '/api/images', '/api/azs',
      `/api/azs/${az}`, `/api/storages/tags?az_id=${az}`, '/api/hosts', `/api/overview?az_id=${az}`, '/api/vpcs', '/api/subnets', `/api/subnets/${subnet}`,
      '/api/floatingips', `/api/floatingips/${fip}`, '/api/quotas', '/api/projects', `/api/projects/${world.projectOf('acme')}`, '/api/users',
    ];
    for (const path of reads) {
      const r = await send(d(), request('GET', path));
      expect(r.status, `${path}: ${JSON.stringify(r.json)}`).toBe(200);
    }
  });
});

describe('mutations and SCP errors', () => {
  it('start a server and answer the task to poll', async () => {
    const id = serverOf('globex', 'stopped');
    const r = await send(d(), request('POST', `/api/servers/${id}/start`));
    expect(r).toMatchObject({ status: 200, json: { task_id: expect.any(String) } });
    const task = await send(d(), request('GET', `/api/tasks/${r.json.task_id}`));
    expect(task.json).toMatchObject({ task_id: r.json.task_id, status: expect.stringMatching(/waiting|doing|finish/) });
  });

  it('pass SCP\'s 400 and 404 through with SCP\'s message and code', async () => {
    const running = serverOf('globex', 'running');
    const r = await send(d(), request('POST', `/api/servers/${running}/start`));
    expect(r).toMatchObject({ status: 400, json: { error: { code: 'bad_request', scpCode: 400, requestId: expect.any(String) } } });
    const missing = await send(d(), request('GET', `/api/servers/${MISSING}`));
    expect(missing).toMatchObject({ status: 404, json: { error: { code: 'not_found', message: expect.stringContaining(MISSING) } } });
  });

  it('pass SCP\'s 409 through', async () => {
    const project = world.projectOf('acme');
    const vpc = (await send(d(), request('GET', `/api/vpcs?project_id=${project}`))).json.items[0];
    const r = await send(d(), request('POST', '/api/vpcs', { body: { az_id: vpc.az_id, project_id: project } }));
    expect(r).toMatchObject({ status: 409, json: { error: { code: 'conflict' } } });
  });

  it('pass the browser\'s X-Client-Token on, so a retried change is applied once and answered with the first one\'s task', async () => {
    const id = serverOf('globex', 'stopped');
    const token = '5b0c8a1e-2f3d-4c5b-9a6e-7f8091a2b3c4';
    const first = await send(d(), request('POST', `/api/servers/${id}/start`, { headers: { 'x-client-token': token } }));
    expect(first.status).toBe(200);
    // SCP refuses the repeated token; the start's recover hook finds the task the first request started.
    const retry = await send(d(), request('POST', `/api/servers/${id}/start`, { headers: { 'x-client-token': token } }));
    expect(retry).toMatchObject({ status: 200, json: { task_id: first.json.task_id } });
    const tasks = [...world.running.sim.tasks.all()].filter((t) => t.object_id === id && t.action === '启动云主机');
    expect(tasks).toHaveLength(1);
    const bad = await send(d(), request('POST', `/api/servers/${id}/stop`, { headers: { 'x-client-token': 'again' } }));
    expect(bad).toMatchObject({ status: 400, json: { error: { message: expect.stringMatching(/X-Client-Token must be a UUID/) } } });
  });

  it('answer 204 when SCP answers without content (batch action)', async () => {
    const r = await send(d(), request('POST', '/api/servers/action', { body: { server_ids: [serverOf('globex', 'stopped')], action: 'start' } }));
    expect(r.status).toBe(204);
  });

  it('encrypt passwords for SCP: reset a guest password, create and delete a tenant', async () => {
    const reset = await send(d(), request('POST', `/api/servers/${serverOf('acme', 'running')}/server-password`, { body: { password: 'N3w-guest-pass' } }));
    expect(reset).toMatchObject({ status: 200, json: { task_id: expect.any(String) } });
    const name = `bff-${Date.now()}`;
    const created = await send(d(), request('POST', '/api/projects', {
      body: { project: { name, project_admin: { user_name: name, mail: `${name}@example.com`, phone: '13800000000', password: 'Tenant-pass-1' } } },
    }));
    expect(created).toMatchObject({ status: 200, json: { project: { name } } });
    expect((await send(d(), request('DELETE', `/api/projects/${created.json.project.id}`))).status).toBe(204);
  });
});

describe('SCP failures', () => {
  afterAll(() => world.running.sim.faults.update({ errorRate: 0, rateLimitStormRate: 0, latencyMs: 0 }));

  it('5xx after the client\'s retries → 502 scp_error with an actionable message', async () => {
    world.running.sim.faults.update({ errorRate: 1 });
    const r = await send(d(), request('GET', '/api/azs'));
    world.running.sim.faults.update({ errorRate: 0 });
    expect(r).toMatchObject({ status: 502, json: { error: { code: 'scp_error', message: expect.stringMatching(/HTTP 500.*Try again shortly/) } } });
  });

  it('rate limit after the client gave up → 503 scp_busy with Retry-After', async () => {
    world.running.sim.faults.update({ rateLimitStormRate: 1 });
    const r = await send(d(), request('GET', '/api/azs'));
    world.running.sim.faults.update({ rateLimitStormRate: 0 });
    expect(r).toMatchObject({ status: 503, json: { error: { code: 'scp_busy' } } });
    expect(r.headers.get('retry-after')).toBe('60');
  });

  /** A dispatcher on its own client, for transport failures. */
  async function withClient(baseUrl: string, timeouts: { connectMs: number; headersMs: number; bodyMs: number }, path: string) {
    const client = new ScpClient(testSettings(baseUrl, { cacheMs: 0, timeouts }), { logger: recordingLogger(), retry: { ...FAST_RETRY, attempts: 1 } });
    try {
      const dispatcher = createDispatcher({ loadSession: async () => s.admin, client: () => client, rsaPadding: () => 'pkcs1', logger });
      return await send(dispatcher, request('GET', path));
    } finally {
      await client.close();
    }
  }

  it('no answer in time → 504 scp_timeout', async () => {
    // undici checks header timeouts on a timer of about one second's resolution.
    world.running.sim.faults.update({ latencyMs: 2500 });
    const r = await withClient(world.running.url, { connectMs: 1000, headersMs: 200, bodyMs: 1000 }, '/api/azs');
    world.running.sim.faults.update({ latencyMs: 0 });
    expect(r).toMatchObject({ status: 504, json: { error: { code: 'scp_timeout', requestId: expect.any(String) } } });
  });

  it('SCP not reachable → 502 scp_unreachable', async () => {
    const r = await withClient('http://127.0.0.1:1', { connectMs: 500, headersMs: 500, bodyMs: 500 }, '/api/azs');
    expect(r).toMatchObject({ status: 502, json: { error: { code: 'scp_unreachable', message: expect.stringMatching(/cannot reach SCP/) } } });
  });
});

describe('the response', () => {
  it('is never cached and carries the request id', async () => {
    const r = await send(d(), request('GET', '/api/azs'));
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(new URL(ORIGIN).origin).toBe(ORIGIN);
  });
});
