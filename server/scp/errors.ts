import 'server-only';

/**
 * Why an SCP call failed:
 * - `http`: SCP answered with an error status (see `status`, `scpCode`, `message`);
 * - `network`: no usable answer (connection refused or reset, timeout) after the allowed retries;
 * - `tls`: SCP's certificate was refused (CA, fingerprint pin);
 * - `auth`: no valid credentials to send (token expired and no password to sign in again);
 * - `budget`: the upstream budget queue is hopelessly full, so the call was not even queued;
 * - `invalid-response`: SCP answered 2xx with something that is not the expected shape;
 * - `outcome-unknown`: a change reached SCP (its X-Client-Token was seen, or the connection
 *   broke after sending) but the result was lost and the operation's `recover` hook, if
 *   any, could not find it.
 */
export type ScpErrorKind = 'http' | 'network' | 'tls' | 'auth' | 'budget' | 'invalid-response' | 'outcome-unknown';

/** Fields of an ScpError. `status` is the HTTP status, 0 when SCP gave none. */
export interface ScpErrorInit {
  kind: ScpErrorKind;
  status: number;
  message: string;
  operation: string;
  requestId: string;
  scpCode?: number;
  cause?: unknown;
}

/**
 * The one error type of the SCP client. It carries what the BFF needs to answer
 * `{error:{code,message,scpCode?,requestId}}` and nothing secret.
 */
export class ScpError extends Error {
  readonly kind: ScpErrorKind;
  readonly status: number;
  readonly scpCode?: number;
  readonly operation: string;
  readonly requestId: string;

  constructor(init: ScpErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ScpError';
    this.kind = init.kind;
    this.status = init.status;
    this.scpCode = init.scpCode;
    this.operation = init.operation;
    this.requestId = init.requestId;
  }

  /** True for 429s caused by a repeated X-Client-Token rather than the rate limit (catalog §1.6). */
  get isIdempotencyReplay(): boolean {
    return this.status === 429 && isIdempotencyMessage(this.message);
  }
}

/** SCP refuses a repeated X-Client-Token with 429; only its message tells it from the rate limit. */
export function isIdempotencyMessage(message: string): boolean {
  return /x-client-token/i.test(message);
}

/** Narrowing helper for catch blocks. */
export function isScpError(err: unknown): err is ScpError {
  return err instanceof ScpError;
}
