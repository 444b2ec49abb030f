import 'server-only';
import type { UpstreamBudget } from './budget';
import type { Clock } from './clock';
import { peekMessage, retryAfterMs, type CallLabel } from './envelope';
import { ScpError, isIdempotencyMessage } from './errors';
import type { ScpLogger } from './log';
import { TransportError, type Transport, type WireBody, type WireResponse } from './transport';

/** How often and how patiently the client retries. */
export interface RetryPolicy {
  /** Attempts in all after 5xx, timeouts and connection failures. */
  attempts: number;
  baseMs: number;
  capMs: number;
  /** Attempts in all after rate-limit 429s (SCP did not process those requests). */
  rateLimitAttempts: number;
  rateLimitBaseMs: number;
  rateLimitCapMs: number;
}

/** Defaults: SCP blocks an IP from an API for a minute after a 429, hence the long cap. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 250, capMs: 5000, rateLimitAttempts: 5, rateLimitBaseMs: 2000, rateLimitCapMs: 60_000 };

/** Exponential backoff with "equal jitter": half fixed, half random. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** One logical request; `headers` is called per attempt because signatures carry the time. */
export interface Exchange {
  method: string;
  path: string;
  /** Sent again as it is on each attempt (a file body is read afresh). */
  body?: WireBody;
  label: CallLabel;
  headers: () => Record<string, string>;
  /** Present on POST/PUT: retrying after a lost answer is safe only with it. */
  clientToken?: string;
  /** Doing it twice does no harm (a sign-in only makes one more token), so it is retried without an X-Client-Token. */
  repeatable?: boolean;
  signal?: AbortSignal;
}

/** What the retry loop works with. */
export interface ExchangeDeps {
  transport: Transport;
  budget: UpstreamBudget;
  clock: Clock;
  logger: ScpLogger;
  retry: RetryPolicy;
  random: () => number;
}

/**
 * Sends through the budget and retries honestly (architecture principle 7):
 * rate-limit 429s after a backoff (Retry-After wins); 5xx, timeouts and resets
 * only for GETs and for POST/PUT with their X-Client-Token; connection failures
 * before sending for anything; other 4xx never. Returns the final answer, which
 * may be an error status, including SCP's idempotency 429 for the caller to
 * recover from.
 */
export async function exchange(deps: ExchangeDeps, x: Exchange): Promise<WireResponse> {
  const { clock, logger, retry } = deps;
  const path = x.path.split('?')[0];
  const idempotent = x.method === 'GET' || !!x.clientToken || !!x.repeatable;
  let failures = 0;
  let rateLimited = 0;
  let maybeApplied = false;
  for (let attempt = 1; ; attempt++) {
    if (!deps.budget.tryAcquire(x.method)) await deps.budget.acquire(x.method, x.label, x.signal);
    const sentAt = clock.now();
    const log = (status: number, errorCode?: string) =>
      logger.request({ ...x.label, method: x.method, path, status, durationMs: Math.round(clock.now() - sentAt), attempt, sentAt, errorCode });
    let delay: number;
    let why: string;
    try {
      const res = await deps.transport.send({ method: x.method, path: x.path, headers: x.headers(), body: x.body, signal: x.signal });
      log(res.status);
      if (res.status === 429 && !isIdempotencyMessage(peekMessage(res)) && ++rateLimited < retry.rateLimitAttempts) {
        delay = retryAfterMs(res, clock.now()) ?? backoffMs(rateLimited, retry.rateLimitBaseMs, retry.rateLimitCapMs, deps.random);
        why = 'a rate-limit 429';
      } else if (res.status >= 500 && idempotent && ++failures < retry.attempts) {
        delay = backoffMs(failures, retry.baseMs, retry.capMs, deps.random);
        why = `HTTP ${res.status}`;
      } else {
        return res;
      }
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      log(0, err.code);
      if (err.phase === 'tls') {
        throw new ScpError({ kind: 'tls', status: 0, message: `SCP's TLS certificate was refused (${err.code}); check SCP_TLS_CA_FILE or SCP_TLS_FINGERPRINT`, cause: err, ...x.label });
      }
      maybeApplied ||= err.phase === 'response' && x.method !== 'GET' && !x.repeatable;
      if ((err.phase === 'connect' || idempotent) && ++failures < retry.attempts) {
        delay = backoffMs(failures, retry.baseMs, retry.capMs, deps.random);
        why = err.code;
      } else {
        throw new ScpError({
          kind: maybeApplied ? 'outcome-unknown' : 'network', status: 0, cause: err, ...x.label,
          message: maybeApplied
            ? `the answer to ${x.method} ${path} was lost (${err.code}); SCP may have applied it — check the task list before trying again`
            : `SCP did not answer ${x.method} ${path} (${err.code})`,
        });
      }
    }
    logger.warn(`retrying ${x.method} ${path} after ${why}`, { requestId: x.label.requestId, attempt, delayMs: Math.round(delay) });
    await clock.sleep(delay);
  }
}
