import { describe, expect, it } from 'vitest';
import { ScpError, type ScpErrorKind } from '../scp';
import { BffError, errorResponse, fromScpError, toBffError } from './errors';

const scp = (kind: ScpErrorKind, status: number, message = 'SCP says no', cause?: unknown) =>
  new ScpError({ kind, status, message, operation: 'servers.start', requestId: 'req-1', scpCode: status || undefined, cause });

describe('SCP errors as console errors', () => {
  it.each([
    // [kind, SCP status, console status, code]
    ['http', 400, 400, 'bad_request'],
    ['http', 403, 403, 'forbidden'],
    ['http', 404, 404, 'not_found'],
    ['http', 409, 409, 'conflict'],
    ['http', 422, 422, 'scp_rejected'],
    ['http', 429, 503, 'scp_busy'],
    ['http', 500, 502, 'scp_error'],
    ['http', 503, 502, 'scp_error'],
    ['tls', 0, 502, 'scp_tls'],
    ['auth', 401, 401, 'session_expired'],
    ['budget', 0, 503, 'scp_busy'],
    ['invalid-response', 200, 502, 'scp_invalid_response'],
    ['outcome-unknown', 429, 502, 'scp_outcome_unknown'],
  ] as const)('%s %i → %i %s', (kind, status, expected, code) => {
    const e = fromScpError(scp(kind, status), 'ec2');
    expect(e).toMatchObject({ status: expected, code });
    expect(e.extra.requestId).toBe('req-1');
  });

  it('passes SCP\'s own message through for 4xx', () => {
    expect(fromScpError(scp('http', 400, 'server acme-web-01 is running; stop it first'), 'ec2').message).toBe('server acme-web-01 is running; stop it first');
  });

  it('says what to do on 5xx and keeps SCP\'s code', () => {
    const e = fromScpError(scp('http', 500), 'ec2');
    expect(e.message).toMatch(/SCP failed while handling servers\.start \(HTTP 500: SCP says no\)\. Try again shortly.*req-1/);
    expect(e.extra.scpCode).toBe(500);
  });

  it('asks the browser to wait after SCP\'s rate limit', () => {
    expect(fromScpError(scp('http', 429), 'ec2').extra.retryAfterSeconds).toBe(60);
  });

  it('tells timeouts from unreachable SCP by the transport code', () => {
    expect(fromScpError(scp('network', 0, 'x', { code: 'UND_ERR_HEADERS_TIMEOUT' }), 'ec2')).toMatchObject({ status: 504, code: 'scp_timeout' });
    expect(fromScpError(scp('network', 0, 'x', { code: 'UND_ERR_CONNECT_TIMEOUT' }), 'ec2')).toMatchObject({ status: 504, code: 'scp_timeout' });
    expect(fromScpError(scp('network', 0, 'x', { code: 'ECONNREFUSED' }), 'ec2')).toMatchObject({ status: 502, code: 'scp_unreachable', message: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('treats SCP\'s 401 as an expired sign-in for users, and as a configuration problem for the service key', () => {
    expect(fromScpError(scp('http', 401), 'password')).toMatchObject({ status: 401, code: 'session_expired' });
    expect(fromScpError(scp('http', 401), 'ec2')).toMatchObject({ status: 502, code: 'scp_credentials_rejected' });
  });
});

describe('unexpected errors', () => {
  it('become a 500 with the request id only', async () => {
    const { error, unexpected } = toBffError(new TypeError('cannot read x of undefined'), 'ec2', 'req-9', false);
    expect(unexpected).toBe(true);
    const res = errorResponse(error, 'req-9');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'internal_error', message: expect.stringMatching(/req-9/), requestId: 'req-9' } });
    expect(JSON.stringify(body)).not.toMatch(/cannot read|TypeError|at /);
  });

  it('are not blamed on the console when the browser went away', () => {
    expect(toBffError(new Error('aborted'), 'ec2', 'r', true).error).toMatchObject({ status: 499, code: 'client_closed_request' });
  });
});

describe('the error body', () => {
  it('is {error:{code,message,scpCode?,requestId}} with Retry-After when asked', async () => {
    const res = errorResponse(new BffError(503, 'scp_busy', 'wait', { scpCode: 429, requestId: 'scp-req', retryAfterSeconds: 60 }), 'console-req');
    expect(res.headers.get('retry-after')).toBe('60');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'scp_busy', message: 'wait', scpCode: 429, requestId: 'scp-req' } });
  });
});
