import { describe, expect, it } from 'vitest';
import { retryAfterMs, unwrapEnvelope } from './envelope';
import type { WireResponse } from './transport';

const label = { operation: 'things.get', requestId: 'req-1' };
const res = (status: number, body: unknown, headers: WireResponse['headers'] = {}): WireResponse =>
  ({ status, headers, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) });

describe('unwrapEnvelope', () => {
  it('returns data of a success envelope, and undefined for a 204 without body', () => {
    expect(unwrapEnvelope(res(200, { code: 0, message: '', data: { id: 'x' } }), label)).toEqual({ id: 'x' });
    expect(unwrapEnvelope(res(204, ''), label)).toBeUndefined();
    expect(unwrapEnvelope(res(204, { code: 0, message: '', data: { task_id: 't' } }), label)).toEqual({ task_id: 't' });
  });

  it('returns a body that is not an envelope whole', () => {
    expect(unwrapEnvelope(res(200, { public_key: 'AB' }), label)).toEqual({ public_key: 'AB' });
  });

  it('turns an error status into ScpError with SCP\'s code and message', () => {
    expect(() => unwrapEnvelope(res(409, { code: 409, message: 'VPC exists', data: {} }), label)).toThrow(expect.objectContaining({
      kind: 'http', status: 409, scpCode: 409, message: 'VPC exists', operation: 'things.get', requestId: 'req-1',
    }));
  });

  it('treats a non-zero code on a 2xx as an error', () => {
    expect(() => unwrapEnvelope(res(200, { code: 1001, message: 'quota exceeded', data: {} }), label)).toThrow(expect.objectContaining({ status: 200, scpCode: 1001, message: 'quota exceeded' }));
  });

  it('keeps the status of a non-JSON error page, and refuses a non-JSON success', () => {
    expect(() => unwrapEnvelope(res(502, '<html>Bad Gateway</html>'), label)).toThrow(expect.objectContaining({ kind: 'http', status: 502, message: 'SCP answered HTTP 502' }));
    expect(() => unwrapEnvelope(res(200, 'ok'), label)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs(res(429, '', { 'retry-after': '3' }), 0)).toBe(3000);
    expect(retryAfterMs(res(429, '', { 'retry-after': new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(retryAfterMs(res(429, ''), 0)).toBeUndefined();
  });
});
