import 'server-only';
import type { ScpError } from '../scp';

/** Why a sign-in failed; each has its own HTTP status and message. */
export type SignInErrorCode =
  | 'invalid_credentials'
  | 'unsupported_role'
  | 'rate_limited'
  | 'scp_unreachable'
  | 'scp_timeout'
  | 'scp_tls'
  | 'scp_busy'
  | 'scp_error';

const STATUS: Record<SignInErrorCode, number> = {
  invalid_credentials: 401,
  unsupported_role: 403,
  rate_limited: 429,
  scp_unreachable: 502,
  scp_timeout: 504,
  scp_tls: 502,
  scp_busy: 503,
  scp_error: 502,
};

/** A failed sign-in, carrying what `{error:{code,message,scpCode?,requestId}}` needs. It never holds the password. */
export class SignInError extends Error {
  readonly status: number;

  constructor(
    readonly code: SignInErrorCode,
    message: string,
    readonly extra: { scpCode?: number; requestId?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'SignInError';
    this.status = STATUS[code];
  }
}

const TIMEOUT_CODES = /TIMEOUT|ETIMEDOUT/;

/** An SCP failure during sign-in, in words a user (or their operator) can act on. */
export function signInErrorFromScp(err: ScpError, baseUrl: string): SignInError {
  const at = new URL(baseUrl).origin;
  const extra = { scpCode: err.scpCode, requestId: err.requestId };
  const cause = (err.cause as { code?: unknown } | undefined)?.code;
  const netCode = typeof cause === 'string' ? cause : 'no answer';
  switch (err.kind) {
    case 'http':
      if (err.status === 401) return new SignInError('invalid_credentials', `Wrong user name or password${err.message ? ` (SCP: ${err.message})` : ''}`, extra);
      if (err.status === 429) return new SignInError('scp_busy', 'SCP is rate-limiting sign-ins from the console; try again in a minute', extra);
      return new SignInError('scp_error', `SCP refused the sign-in (HTTP ${err.status}): ${err.message}`, extra);
    case 'network':
      return TIMEOUT_CODES.test(netCode)
        ? new SignInError('scp_timeout', `SCP at ${at} did not answer in time (${netCode}) — check SCP_BASE_URL and the network`, extra)
        : new SignInError('scp_unreachable', `Cannot reach SCP at ${at} (${netCode}) — check SCP_BASE_URL and the network`, extra);
    case 'tls':
      return new SignInError('scp_tls', `SCP's TLS certificate at ${at} was refused — check SCP_TLS_CA_FILE or SCP_TLS_FINGERPRINT`, extra);
    case 'budget':
      return new SignInError('scp_busy', 'The console is waiting on too many SCP requests; try again in a minute', extra);
    default:
      return new SignInError('scp_error', `SCP's answer to the sign-in was not usable: ${err.message}`, extra);
  }
}
