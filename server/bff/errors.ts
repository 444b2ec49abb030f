import 'server-only';
import { isScpError, type ScpError } from '../scp';

/** The error codes the console API answers with (SCP's passed-through 4xx among them); the browser words each (i18n `apiError.<code>`). */
export const BFF_ERROR_CODES = [
  'unauthenticated',
  'session_expired',
  'not_permitted',
  'cross_origin',
  'not_found',
  'method_not_allowed',
  'invalid_request',
  'body_too_large',
  'unsupported_media_type',
  'not_implemented',
  'bad_request',
  'forbidden',
  'conflict',
  'scp_rejected',
  'scp_busy',
  'scp_error',
  'scp_timeout',
  'scp_unreachable',
  'scp_tls',
  'scp_invalid_response',
  'scp_outcome_unknown',
  'scp_credentials_rejected',
  'client_closed_request',
  'internal_error',
] as const;

/** One of BFF_ERROR_CODES. */
export type BffErrorCode = (typeof BFF_ERROR_CODES)[number];

/** One field that failed validation. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** An error the BFF answers with as `{error:{code,message,scpCode?,requestId,fields?}}`. */
export class BffError extends Error {
  constructor(
    readonly status: number,
    readonly code: BffErrorCode,
    message: string,
    readonly extra: { scpCode?: number; requestId?: string; retryAfterSeconds?: number; fields?: FieldIssue[] } = {},
  ) {
    super(message);
    this.name = 'BffError';
  }
}

/** 404 in the console's words; also what a confined user gets for another tenant's resource. */
export function notFound(what: string): BffError {
  return new BffError(404, 'not_found', `${what} was not found`);
}

/** How long to tell the browser to wait when SCP is rate limiting (SCP blocks an API for about a minute). */
const BUSY_RETRY_SECONDS = 60;

/** Timeouts of undici and the OS, as the SCP client's network errors carry them. */
const TIMEOUT_CODES = /TIMEOUT|ETIMEDOUT/i;

function transportCode(err: ScpError): string {
  const cause = err.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : '';
}

const PASS_THROUGH: Record<number, BffErrorCode> = { 400: 'bad_request', 403: 'forbidden', 404: 'not_found', 409: 'conflict' };

/**
 * SCP's failure as the console answers it (model: Dub's handleApiError). SCP's
 * 4xx keep their status and SCP's message; 5xx, timeouts and unreachable SCP
 * become 502/504 with a message saying what to do; SCP's rate limit (after the
 * client's own retries) becomes 503 with Retry-After.
 */
export function fromScpError(err: ScpError, scopeKind: 'ec2' | 'password'): BffError {
  const meta = { scpCode: err.scpCode, requestId: err.requestId };
  const ref = `(request ${err.requestId})`;
  switch (err.kind) {
    case 'http':
      if (err.status === 429) {
        return new BffError(503, 'scp_busy', `SCP is rate-limiting the console; try again in about a minute ${ref}`, { ...meta, retryAfterSeconds: BUSY_RETRY_SECONDS });
      }
      if (err.status === 401) {
        return scopeKind === 'password'
          ? new BffError(401, 'session_expired', 'SCP no longer accepts your sign-in; sign in again', meta)
          : new BffError(502, 'scp_credentials_rejected', `SCP refused the console's service credentials; an operator must check SCP_ACCESS_KEY/SCP_SECRET_KEY ${ref}`, meta);
      }
      if (err.status >= 500) {
        return new BffError(502, 'scp_error', `SCP failed while handling ${err.operation} (HTTP ${err.status}: ${err.message}). Try again shortly; if it keeps failing, check SCP's health and quote ${ref}`, meta);
      }
      return new BffError(err.status, PASS_THROUGH[err.status] ?? 'scp_rejected', err.message, meta);
    case 'network':
      return TIMEOUT_CODES.test(transportCode(err))
        ? new BffError(504, 'scp_timeout', `SCP did not answer ${err.operation} in time. It may be overloaded; try again shortly ${ref}`, meta)
        : new BffError(502, 'scp_unreachable', `The console cannot reach SCP (${transportCode(err) || 'no connection'}); check that SCP is up and SCP_BASE_URL is right ${ref}`, meta);
    case 'tls':
      return new BffError(502, 'scp_tls', `${err.message} ${ref}`, meta);
    case 'auth':
      return new BffError(401, 'session_expired', 'Your SCP sign-in has expired; sign in again', meta);
    case 'budget':
      return new BffError(503, 'scp_busy', `The console is sending SCP as many requests as SCP allows; try again shortly ${ref}`, { ...meta, retryAfterSeconds: BUSY_RETRY_SECONDS });
    case 'invalid-response':
      return new BffError(502, 'scp_invalid_response', `SCP answered in a shape the console does not understand: ${err.message} ${ref}`, meta);
    case 'outcome-unknown':
      return new BffError(502, 'scp_outcome_unknown', `${err.message} ${ref}`, meta);
  }
}

/** What an unexpected error may say in the log: its kind and message, never request data. */
export function describeUnexpected(err: unknown): Record<string, string | undefined> {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack };
  return { name: typeof err, message: String(err) };
}

/**
 * Any error as a BffError. Unknown errors become a bare 500 `internal_error`
 * carrying only the request id; the caller logs the original.
 */
export function toBffError(err: unknown, scopeKind: 'ec2' | 'password', requestId: string, aborted: boolean): { error: BffError; unexpected: boolean } {
  if (err instanceof BffError) return { error: err, unexpected: false };
  if (isScpError(err)) return { error: fromScpError(err, scopeKind), unexpected: false };
  if (aborted) return { error: new BffError(499, 'client_closed_request', 'The browser closed the request', { requestId }), unexpected: false };
  return { error: new BffError(500, 'internal_error', `The console failed to handle this request; quote request ${requestId} to an operator`, { requestId }), unexpected: true };
}

/**
 * `{error:{code,message,scpCode?,requestId,fields?}}`, never cached. For SCP's
 * errors the request id is the SCP client's (sent to SCP as X-Request-Id and in
 * its logs); otherwise the console request's.
 */
export function errorResponse(err: BffError, requestId: string): Response {
  const { scpCode, retryAfterSeconds, fields } = err.extra;
  const id = err.extra.requestId ?? requestId;
  const headers: Record<string, string> = { 'cache-control': 'no-store', 'x-request-id': id };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  const body = {
    error: {
      code: err.code,
      message: err.message,
      ...(scpCode === undefined ? {} : { scpCode }),
      requestId: id,
      ...(fields ? { fields } : {}),
    },
  };
  return Response.json(body, { status: err.status, headers });
}
