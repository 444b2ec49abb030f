import { describe, expect, it } from 'vitest';
import { SessionError } from '@/lib/session-client/session-api';
import { describeSignInError } from './sign-in-error';

describe('describeSignInError', () => {
  it('says "wrong user name or password" without SCP\'s words', () => {
    expect(describeSignInError(new SessionError(401, 'invalid_credentials', 'Wrong user name or password (SCP: bad)', 'r1'))).toEqual({
      key: 'signIn.error.invalid_credentials', detail: undefined, requestId: undefined,
    });
  });

  it('keeps the console\'s message as detail where it names the problem', () => {
    expect(describeSignInError(new SessionError(400, 'invalid_request', 'username: is required', 'r2'))).toMatchObject({
      key: 'signIn.error.invalid_request', detail: 'username: is required',
    });
    const unreachable = 'The console cannot reach SCP (ECONNREFUSED); try again in a few minutes, or ask the console\'s operator to check that SCP is up and SCP_BASE_URL is right (the log names the address)';
    expect(describeSignInError(new SessionError(502, 'scp_unreachable', unreachable, 'r3'))).toEqual({
      key: 'signIn.error.scp_unreachable', detail: unreachable, requestId: 'r3',
    });
  });

  it('tells how long to wait when rate-limited', () => {
    expect(describeSignInError(new SessionError(429, 'rate_limited', 'slow down', 'r4', undefined, 30))).toEqual({
      key: 'signIn.error.rate_limited_for', values: { seconds: 30 }, detail: 'slow down',
    });
    expect(describeSignInError(new SessionError(429, 'rate_limited', 'locked', 'r4', undefined, 601))).toEqual({
      key: 'signIn.error.rate_limited_minutes', values: { minutes: 11 }, detail: 'locked',
    });
    expect(describeSignInError(new SessionError(429, 'rate_limited', ''))).toEqual({ key: 'signIn.error.rate_limited', detail: undefined });
  });

  it('falls back to a general message, with the console\'s words, for codes it does not know', () => {
    expect(describeSignInError(new SessionError(500, 'internal', 'see the log', 'r5'))).toEqual({
      key: 'signIn.error.unknown', detail: 'see the log', requestId: 'r5',
    });
    expect(describeSignInError(new TypeError('boom'))).toEqual({ key: 'signIn.error.unknown', detail: 'boom' });
  });

  it('maps a failure to reach the console', () => {
    expect(describeSignInError(new SessionError(0, 'network_error', 'offline')).key).toBe('signIn.error.network_error');
  });
});
