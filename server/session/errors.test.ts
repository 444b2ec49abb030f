import { describe, expect, it } from 'vitest';
import { ScpError } from '../scp';
import { signInErrorFromScp } from './errors';

const BASE = 'https://scp.internal.example:8443/janus';
const scp = (kind: ConstructorParameters<typeof ScpError>[0]['kind'], status: number, message: string, code?: string) =>
  new ScpError({ kind, status, message, operation: 'auth.login', requestId: 'req-1', cause: code ? Object.assign(new Error(code), { code }) : undefined });

describe('signInErrorFromScp', () => {
  it('never tells the person signing in where SCP is, and logs it for the operator instead', () => {
    const cases: [ScpError, string][] = [
      [scp('network', 0, 'SCP did not answer GET /janus/public-key (ECONNREFUSED)', 'ECONNREFUSED'), 'scp_unreachable'],
      [scp('network', 0, 'SCP did not answer GET /janus/public-key (UND_ERR_CONNECT_TIMEOUT)', 'UND_ERR_CONNECT_TIMEOUT'), 'scp_timeout'],
      [scp('tls', 0, "SCP's TLS certificate was refused (CERT_HAS_EXPIRED)", 'CERT_HAS_EXPIRED'), 'scp_tls'],
      [scp('http', 500, 'internal error'), 'scp_error'],
      [scp('http', 429, 'slow down'), 'scp_busy'],
      [scp('http', 429, 'X-Client-Token 1234 was already used for an identical request within 15 minutes'), 'scp_unreachable'],
      [scp('budget', 0, 'budget'), 'scp_busy'],
      [scp('invalid-response', 200, 'SCP answered the sign-in without a token'), 'scp_error'],
      [scp('outcome-unknown', 0, 'the answer to POST /janus/authenticate was lost (ECONNRESET)', 'ECONNRESET'), 'scp_unreachable'],
    ];
    for (const [err, code] of cases) {
      const logged: string[] = [];
      const failure = signInErrorFromScp(err, BASE, (m) => logged.push(m));
      expect(failure.code, err.message).toBe(code);
      expect(failure.message).not.toMatch(/scp\.internal|8443|https?:/);
      expect(failure.extra.requestId).toBe('req-1');
      expect(logged).toEqual([expect.stringMatching(new RegExp(`^sign-in req-1: ${code} from SCP at https://scp\\.internal\\.example:8443: `))]);
    }
  });

  it('says what to do when SCP cannot be reached', () => {
    const failure = signInErrorFromScp(scp('network', 0, 'x', 'ECONNREFUSED'), BASE, () => undefined);
    expect(failure).toMatchObject({ status: 502, message: expect.stringMatching(/cannot reach SCP \(ECONNREFUSED\); try again in a few minutes, or ask the console's operator to check that SCP is up and SCP_BASE_URL is right/) });
  });

  it('keeps a wrong password out of the log', () => {
    const logged: string[] = [];
    expect(signInErrorFromScp(scp('http', 401, 'bad password'), BASE, (m) => logged.push(m)).code).toBe('invalid_credentials');
    expect(logged).toEqual([]);
  });
});
