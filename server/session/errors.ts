import 'server-only';
import type { ScpError } from '../scp';
import type { SignInLimited } from './rate-limit';

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

/**
 * An SCP failure during sign-in, in words a user (or their operator) can act
 * on. Whoever asks is not signed in yet, so the answer never names SCP's
 * address; `log` gets it instead, with the request id the person can quote.
 */
export function signInErrorFromScp(err: ScpError, baseUrl: string, log: (message: string) => void): SignInError {
  const extra = { scpCode: err.scpCode, requestId: err.requestId };
  const cause = (err.cause as { code?: unknown } | undefined)?.code;
  const netCode = typeof cause === 'string' ? cause : 'no answer';
  const failure = signInFailure(err, netCode, extra);
  if (failure.code !== 'invalid_credentials') {
    log(`sign-in ${err.requestId}: ${failure.code} from SCP at ${new URL(baseUrl).origin}: ${err.kind}${err.kind === 'http' ? '' : ` (${netCode})`}: ${err.message}`);
  }
  return failure;
}

/** The answer to a sign-in was lost. A sign-in changes nothing on SCP, so it is simply worth another try. */
function brokenConnection(why: string, extra: { scpCode?: number; requestId?: string }): SignInError {
  return new SignInError('scp_unreachable', `The connection to SCP broke during the sign-in (${why}); try again in a few minutes, or ask the console's operator to check SCP and the network (the log names the address)`, extra);
}

function signInFailure(err: ScpError, netCode: string, extra: { scpCode?: number; requestId?: string }): SignInError {
  switch (err.kind) {
    case 'http':
      if (err.status === 401) return new SignInError('invalid_credentials', `Wrong user name or password${err.message ? ` (SCP: ${err.message})` : ''}`, extra);
      // The client retried a sign-in whose answer was lost, and SCP refused the repeated X-Client-Token.
      if (err.isIdempotencyReplay) return brokenConnection('a repeated request was refused', extra);
      if (err.status === 429) return new SignInError('scp_busy', 'SCP is rate-limiting sign-ins from the console; try again in a minute', extra);
      return new SignInError('scp_error', `SCP refused the sign-in (HTTP ${err.status}): ${err.message}`, extra);
    case 'network':
      return TIMEOUT_CODES.test(netCode)
        ? new SignInError('scp_timeout', `SCP did not answer the sign-in in time (${netCode}); try again in a few minutes, or ask the console's operator to check SCP and the network (the log names the address)`, extra)
        : new SignInError('scp_unreachable', `The console cannot reach SCP (${netCode}); try again in a few minutes, or ask the console's operator to check that SCP is up and SCP_BASE_URL is right (the log names the address)`, extra);
    case 'outcome-unknown':
      return brokenConnection(netCode, extra);
    case 'tls':
      return new SignInError('scp_tls', "SCP's TLS certificate was refused; ask the console's operator to check SCP_TLS_CA_FILE or SCP_TLS_FINGERPRINT", extra);
    case 'budget':
      return new SignInError('scp_busy', 'The console is waiting on too many SCP requests; try again in a minute', extra);
    default:
      return new SignInError('scp_error', `SCP's answer to the sign-in was not usable: ${err.message}`, extra);
  }
}

/** A wait in words: seconds under two minutes, else minutes. */
function waitInWords(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** A sign-in the limits refused, as 429 `rate_limited` with Retry-After and what the person can do. */
export function rateLimitedError(limited: SignInLimited, now: number): SignInError {
  const seconds = Math.max(1, Math.ceil(limited.retryAfterMs / 1000));
  const wait = waitInWords(seconds);
  const at = new Date(now + seconds * 1000).toISOString().slice(11, 16);
  const { nameLock, addressBudget } = limited.limits;
  const message = {
    pair: `Too many failed sign-ins for this user from here; wait ${wait}, check the user name and password (Caps Lock, keyboard layout), then try again`,
    name: `This user name is locked for everyone after ${nameLock.max} failed sign-ins in ${nameLock.windowMs / 60_000} minutes; try again in ${wait} (after ${at} UTC), or ask an SCP administrator`,
    address: `Too many failed sign-ins from this address (${addressBudget.max} in ${addressBudget.windowMs / 60_000} minutes); try again in ${wait} (after ${at} UTC)`,
    busy: 'Other sign-ins for this user are being checked; try again in a second',
  }[limited.limit];
  return new SignInError('rate_limited', message, { retryAfterSeconds: seconds });
}
