import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ConsolePage, Server, ServerDetail, Task } from '@/lib/scp';
import { api, ApiError, buildUrl } from '.';

const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal('fetch', fetchMock);
afterEach(() => fetchMock.mockReset());

const ID = '3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13';

describe('buildUrl', () => {
  it('fills params (encoded) and appends the query without empty values', () => {
    expect(buildUrl('/api/servers/:server_id/snapshots/:snapshot_id', { server_id: 'a b', snapshot_id: 'c/d' })).toBe('/api/servers/a%20b/snapshots/c%2Fd');
    expect(buildUrl('/api/servers', {}, { page: 2, status: 'running', name: undefined, az_id: '' })).toBe('/api/servers?page=2&status=running');
    expect(() => buildUrl('/api/servers/:server_id')).toThrow(/server_id is missing/);
  });
});

describe('api', () => {
  it('GETs same-origin and returns the JSON', async () => {
    fetchMock.mockResolvedValue(Response.json({ items: [], total: 0, page: 1, pageSize: 20 }));
    const page = await api.get('/api/servers', { query: { status: 'running', pageSize: 20 } });
    expect(page.total).toBe(0);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/servers?status=running&pageSize=20');
    expect(init).toMatchObject({ method: 'GET', credentials: 'same-origin' });
  });

  it('sends JSON bodies and returns undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const out = await api.post('/api/servers/action', { body: { server_ids: [ID], action: 'start' } });
    expect(out).toBeUndefined();
    const [, init] = fetchMock.mock.calls[0];
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(init?.body as string)).toEqual({ server_ids: [ID], action: 'start' });
  });

  it('sends X-Client-Token when given', async () => {
    fetchMock.mockResolvedValue(Response.json({ task_id: 't' }));
    await api.post('/api/servers/:server_id/start', { params: { server_id: ID }, clientToken: ID });
    expect(fetchMock.mock.calls[0][1]?.headers).toMatchObject({ 'x-client-token': ID });
  });

  it('throws ApiError with the console\'s code, message and request id', async () => {
    fetchMock.mockResolvedValue(Response.json({ error: { code: 'bad_request', message: 'server is running', scpCode: 400, requestId: 'r-1' } }, { status: 400 }));
    const err = await api.post('/api/servers/:server_id/start', { params: { server_id: ID } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'bad_request', message: 'server is running', requestId: 'r-1', scpCode: 400 });
  });

  it('reports an unreachable console as ApiError network_error', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(api.get('/api/azs')).rejects.toMatchObject({ name: 'ApiError', status: 0, code: 'network_error' });
  });

  it('types paths, params, queries, bodies and answers from the registry', () => {
    expectTypeOf(api.get<'/api/servers'>).returns.resolves.toEqualTypeOf<ConsolePage<Server>>();
    expectTypeOf(api.get<'/api/servers/:server_id'>).returns.resolves.toEqualTypeOf<ServerDetail>();
    expectTypeOf(api.get<'/api/tasks/:task_id'>).returns.resolves.toEqualTypeOf<Task>();
    expectTypeOf(api.post<'/api/servers/:server_id/start'>).returns.resolves.toHaveProperty('task_id');
    // @ts-expect-error: not a console route
    void (() => api.get('/api/alarms'));
    // @ts-expect-error: the server id is required
    void (() => api.post('/api/servers/:server_id/start'));
    // @ts-expect-error: unknown batch action
    void (() => api.post('/api/servers/action', { body: { server_ids: [ID], action: 'explode' } }));
  });
});
