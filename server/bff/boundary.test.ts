import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoSessions, dispatcherFor, ORIGIN, request, send, startWorld, type BffWorld } from './testing';

/*
 * The console API's input boundary: whatever a hostile or careless client
 * sends, a bad body, query or id is a 400 naming the problem, and SCP is never
 * called for it (counted by the simulator's own statistics).
 */

let world: BffWorld;
let s: ReturnType<typeof demoSessions>;
const d = () => dispatcherFor(world, () => s.admin);
const upstream = () => world.running.sim.stats.requests;
const SERVER = '0f0e0d0c-0b0a-4908-8706-050403020100';
const AZ = '3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13';

beforeAll(async () => {
  world = await startWorld();
  s = demoSessions(world);
});
afterAll(() => world.close());
beforeEach(() => {
  world.running.sim.stats.requests = 0;
});

/** A server create that passes every check but `over`'s. */
const create = (over: Record<string, unknown> = {}) => ({
  name: 'x', cores: 1, sockets: 1, memory_mb: 1024, image_id: AZ, az_id: AZ, networks: [],
  disks: [{ id: 'ide0', size_mb: 2048 }], ...over,
});

/** Sends and expects a 400 invalid_request without any SCP call; returns the message. */
async function refused(method: string, path: string, body?: unknown): Promise<string> {
  const r = await send(d(), request(method, path, { body }));
  expect(r.status, JSON.stringify(r.json)).toBe(400);
  expect(r.json.error).toMatchObject({ code: 'invalid_request', requestId: expect.any(String) });
  expect(upstream()).toBe(0);
  return r.json.error.message;
}

describe('unknown keys', () => {
  it('are refused by name at the top level', async () => {
    expect(await refused('POST', '/api/servers', create({ colour: 'red' }))).toMatch(/body colour: unknown parameter colour/);
  });

  it('are refused by path in nested objects and arrays', async () => {
    const msg = await refused('POST', '/api/servers', create({ disks: [{ id: 'ide0', size_mb: 2048, colour: 'red' }], floatingip: { floatingip_id: AZ, owner: 'me' } }));
    expect(msg).toMatch(/body disks\.0\.colour: unknown parameter colour/);
    expect(msg).toMatch(/body floatingip\.owner: unknown parameter owner/);
  });

  it('are refused in objects SCP keeps open (advance_param) and in bodies with a transform', async () => {
    expect(await refused('POST', '/api/servers', create({ advance_param: { onboot: 1, extra: 1 } }))).toMatch(/body advance_param\.extra: unknown parameter extra/);
    expect(await refused('POST', '/api/servers/action', { server_ids: [SERVER], action: 'start', server_action: {} })).toMatch(/unknown parameter server_action/);
    expect(await refused('POST', `/api/servers/${SERVER}/remote-consoles`, { protocol: 'vnc' })).toMatch(/unknown parameter protocol/);
    expect(await refused('POST', '/api/projects', {
      project: { name: 't', project_admin: { user_name: 'u', mail: 'a@b.cn', phone: '12345678', password: 'p', role: 'admin' } },
    })).toMatch(/body project\.project_admin\.role: unknown parameter role/);
  });

  it('are refused on routes that take no body', async () => {
    expect(await refused('POST', `/api/servers/${SERVER}/start`, { force: 1 })).toMatch(/takes no body \(got force\)/);
  });
});

describe('a body that is not an object', () => {
  it.each([['null', 'null'], ['[]', 'an array'], ['[{"force":1}]', 'an array'], ['1', 'a number'], ['"x"', 'a string'], ['true', 'a boolean']])('%s is refused', async (raw, what) => {
    expect(await refused('POST', `/api/servers/${SERVER}/stop`, raw)).toBe(`Invalid request: body must be a JSON object, not ${what}`);
    expect(await refused('POST', `/api/servers/${SERVER}/start`, raw)).toMatch(/must be a JSON object/);
  });

  it('an empty body is still an empty object', async () => {
    const r = await send(d(), request('POST', `/api/servers/${SERVER}/stop`));
    expect(r.status).toBe(404);
  });
});

describe('ids are lower case, in paths, queries and bodies alike', () => {
  const upper = SERVER.toUpperCase();

  it('an upper-case path id is refused, not lower-cased', async () => {
    expect(await refused('POST', `/api/servers/${upper}/start`)).toMatch(/server_id must be a UUID \(8-4-4-4-12 hex digits, lower case\)/);
    expect(await refused('GET', `/api/projects/${'A'.repeat(32)}`)).toMatch(/project_id must be 32 hex digits, lower case/);
  });

  it('an upper-case query id is refused', async () => {
    expect(await refused('GET', `/api/servers?az_id=${AZ.toUpperCase()}`)).toMatch(/query az_id: must be a UUID/);
    expect(await refused('GET', `/api/images?image_ids=${AZ},${upper}`)).toMatch(/query image_ids:/);
  });

  it('an upper-case body id is refused', async () => {
    expect(await refused('POST', '/api/servers/action', { server_ids: [upper], action: 'start' })).toMatch(/body server_ids\.0: must be a UUID/);
    expect(await refused('POST', '/api/servers', create({ networks: [{ vif_id: 'net0', connect: 1, subnet_id: upper }] }))).toMatch(/body networks\.0\.subnet_id: must be a UUID/);
  });

  it('an upper-case X-Client-Token is refused', async () => {
    const r = await send(d(), request('POST', `/api/servers/${SERVER}/start`, { headers: { 'x-client-token': upper } }));
    expect(r).toMatchObject({ status: 400, json: { error: { message: expect.stringMatching(/X-Client-Token must be a UUID/) } } });
  });
});

describe('text that is not valid Unicode', () => {
  it('a JSON string with an unpaired surrogate is refused, naming the field', async () => {
    expect(await refused('POST', '/api/servers', '{"name":"a\\ud800b","cores":1}')).toBe('Invalid request: body name: contains an unpaired surrogate (not valid Unicode text)');
    expect(await refused('POST', '/api/servers', '{"disks":[{"id":"\\udc00"}]}')).toMatch(/body disks\.0\.id: contains an unpaired surrogate/);
  });

  it('a key with an unpaired surrogate is refused, named by its escape', async () => {
    expect(await refused('POST', '/api/servers', '{"na\\ud800me":"x"}')).toMatch(/body "na\\ud800me": contains an unpaired surrogate/);
  });

  it('a query value with an encoded lone surrogate (not UTF-8) is refused, naming the parameter', async () => {
    expect(await refused('GET', '/api/servers?name=%ED%A0%80')).toMatch(/query name: is not valid UTF-8 text/);
    expect(await refused('GET', '/api/servers?name=%FF')).toMatch(/query name: is not valid UTF-8 text/);
  });

  it('a body that is not UTF-8 is refused', async () => {
    const req = new Request(`${ORIGIN}/api/servers/${SERVER}/stop`, {
      method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    });
    const r = await send(d(), req);
    expect(r).toMatchObject({ status: 400, json: { error: { message: 'The body is not valid UTF-8 text' } } });
    expect(upstream()).toBe(0);
  });

  it('valid UTF-8 in a query, encoded or plain, still reads as text', async () => {
    const r = await send(d(), request('GET', `/api/servers?name=${encodeURIComponent('云主机 a+b')}&pageSize=1`));
    expect(r.status).toBe(200);
  });
});
