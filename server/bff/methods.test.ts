import { describe, expect, it } from 'vitest';
import { allowHeader, requestMethod, routeMethods } from './methods';

const URL_ = 'http://console.test/api/session';

describe('method answers of a route with fixed methods', () => {
  const methods = routeMethods({ GET: () => Response.json({ who: 'me' }), POST: () => new Response(null, { status: 201 }) });

  it('lists HEAD with GET and always OPTIONS, in a fixed order', () => {
    expect(allowHeader(['POST', 'GET'])).toBe('GET, HEAD, POST, OPTIONS');
    expect(allowHeader(['DELETE'])).toBe('DELETE, OPTIONS');
  });

  it('serves HEAD as GET and answers OPTIONS with Allow', async () => {
    expect(await (await methods.HEAD(new Request(URL_, { method: 'HEAD' }))).status).toBe(200);
    const options = await methods.OPTIONS(new Request(URL_, { method: 'OPTIONS' }));
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('answers every other method 405 in JSON, naming it and what is allowed', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      const res = await methods[method](new Request(URL_, { method }));
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed', message: `${method} is not allowed on /api/session; it allows GET, HEAD, POST, OPTIONS`, requestId: expect.any(String) } });
    }
  });

  it('believes the edge\'s method header only on OPTIONS, and only to refuse', async () => {
    const traced = new Request(URL_, { method: 'OPTIONS', headers: { 'x-scp-console-method': 'trace' } });
    expect(requestMethod(traced)).toBe('TRACE');
    expect((await methods.OPTIONS(traced)).status).toBe(405);
    expect(requestMethod(new Request(URL_, { method: 'GET', headers: { 'x-scp-console-method': 'DELETE' } }))).toBe('GET');
  });
});
