import { describe, expect, it } from 'vitest';
import { listQuery, ServerCreateSchema } from '@/lib/scp';
import { z } from 'zod';
import { BffError } from './errors';
import { assertWellFormed, parseWith, queryObject, readJsonBody } from './input';

async function failure(p: Promise<unknown> | (() => unknown)): Promise<BffError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    expect(err).toBeInstanceOf(BffError);
    return err as BffError;
  }
  throw new Error('expected a BffError');
}

const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://c/api/x', { method: 'POST', body, headers });

describe('zod errors name each bad field', () => {
  const query = listQuery({ status: z.string().optional() });

  it('in the query', async () => {
    const err = await failure(() => parseWith(query, queryObject('http://c/api/servers?page=0&pageSize=500&order_by=sideways'), 'query'));
    expect(err).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(err.message).toMatch(/query page: must be 1 or more/);
    expect(err.message).toMatch(/query pageSize: must be at most 100/);
    expect(err.message).toMatch(/query order_by: must be ASC or DESC/);
    expect(err.extra.fields?.map((f) => f.field)).toEqual(['query.page', 'query.pageSize', 'query.order_by']);
  });

  it('refuses unknown query parameters by name', async () => {
    const err = await failure(() => parseWith(query, queryObject('http://c/api/servers?project=x&colour=red'), 'query'));
    expect(err.message).toMatch(/query project: unknown parameter project; query colour: unknown parameter colour/);
    expect(err.extra.fields?.map((f) => f.field)).toEqual(['query.project', 'query.colour']);
  });

  it('refuses a repeated query parameter', async () => {
    const err = await failure(() => parseWith(query, queryObject('http://c/api/servers?status=a&status=b'), 'query'));
    expect(err.message).toMatch(/query status:/);
  });

  it('in nested body fields', async () => {
    const err = await failure(() => parseWith(ServerCreateSchema, {
      name: '', cores: 2, sockets: 1, memory_mb: 1024, image_id: 'nope', az_id: '3f2a1c4e-9b7d-4e21-8a6f-0c5d2e7b9a13', networks: [],
      disks: [{ id: 'ide2', size_mb: 10 }],
    }, 'body'));
    expect(err.message).toMatch(/body name: must not be empty/);
    expect(err.message).toMatch(/body image_id: must be a UUID/);
    expect(err.message).toMatch(/body disks\.0\.id: must be ide0…ide15 or scsiN, and not ide2/);
    expect(err.message).toMatch(/body disks\.0\.size_mb: must be more than 1024 MB/);
  });

  it('applies defaults and coercion on success', () => {
    expect(parseWith(query, queryObject('http://c/api/servers?pageSize=5&order_by=desc'), 'query')).toEqual({ page: 1, pageSize: 5, order_by: 'DESC' });
  });
});

describe('JSON bodies', () => {
  it('reads JSON; empty is undefined', async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post(''))).toBeUndefined();
    expect(await readJsonBody(new Request('http://c/api/x', { method: 'POST' }))).toBeUndefined();
  });

  it('refuses a declared Content-Length above the limit unread', async () => {
    const req = post('{}', { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
    expect(await failure(readJsonBody(req, 1024))).toMatchObject({ status: 413, code: 'body_too_large' });
  });

  it('cuts off a streamed body as soon as it passes the limit', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        if (pulled > 1000) controller.close();
      },
    });
    const req = new Request('http://c/api/x', { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(await failure(readJsonBody(req, 256 * 1024))).toMatchObject({ status: 413, message: expect.stringMatching(/256 KB/) });
    expect(pulled).toBeLessThan(10);
  });

  it('requires application/json and valid JSON', async () => {
    expect(await failure(readJsonBody(post('a=1', { 'content-type': 'application/x-www-form-urlencoded' })))).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    expect(await failure(readJsonBody(post('{"a":')))).toMatchObject({ status: 400, message: 'The body is not valid JSON' });
  });
});

describe('well-formed text', () => {
  it('lets paired surrogates (emoji) and any other text through', () => {
    expect(() => assertWellFormed({ name: 'x😀云', list: ['a', { deep: '\u00e9' }] }, 'body')).not.toThrow();
  });

  it('names the first lone surrogate by its path', async () => {
    const err = await failure(() => assertWellFormed({ networks: [{ ip_info: { dns: ['8.8.8.8', 'x\udfff'] } }] }, 'body'));
    expect(err).toMatchObject({ status: 400, message: 'Invalid request: body networks.0.ip_info.dns.1: contains an unpaired surrogate (not valid Unicode text)' });
    expect(err.extra.fields).toEqual([{ field: 'body.networks.0.ip_info.dns.1', message: 'contains an unpaired surrogate' }]);
  });
});

describe('query strings', () => {
  it('decode as URLSearchParams does for valid text', () => {
    const url = 'http://c/api/x?a=1&b=x+y&c=%E4%BA%91&d&e=%zz&a=2';
    expect(queryObject(url)).toEqual({ a: ['1', '2'], b: 'x y', c: '云', d: '', e: '%zz' });
    expect(Object.fromEntries(new URL(url).searchParams)).toMatchObject({ b: 'x y', c: '云', d: '', e: '%zz' });
  });

  it('refuse bytes that are not UTF-8, naming the parameter as sent', async () => {
    expect((await failure(() => queryObject('http://c/api/x?name=%ED%A0%80'))).message).toMatch(/query name: is not valid UTF-8/);
    expect((await failure(() => queryObject('http://c/api/x?%C3=1'))).message).toMatch(/query %C3: is not valid UTF-8/);
  });
});
