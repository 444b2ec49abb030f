import 'server-only';
import { ScpError } from './errors';
import type { WireResponse } from './transport';

/** Which call an answer belongs to, for error messages. */
export interface CallLabel {
  operation: string;
  requestId: string;
}

function isEnvelope(v: unknown): v is { code: unknown; message?: unknown; data?: unknown } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'code' in v && ('data' in v || 'message' in v);
}

/** The JSON of a body; undefined for an empty one; throws on malformed JSON. */
function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8').trim();
  return text === '' ? undefined : JSON.parse(text);
}

/**
 * Unwraps SCP's `{code, message, data}` (catalog §1.2). Any 2xx with code 0 (or
 * no body, as some 204s have) is a success and yields `data`; a body that is not
 * an envelope is returned whole. An error status, or a non-zero code, becomes an
 * ScpError keeping SCP's status, code and message.
 */
export function unwrapEnvelope(res: WireResponse, label: CallLabel): unknown {
  let json: unknown;
  try {
    json = parseJson(res.body);
  } catch {
    if (res.status < 300) {
      throw new ScpError({ kind: 'invalid-response', status: res.status, message: `SCP answered ${res.status} with a body that is not JSON`, ...label });
    }
    json = undefined;
  }
  const envelope = isEnvelope(json) ? json : undefined;
  const code = typeof envelope?.code === 'number' ? envelope.code : Number(envelope?.code ?? 0) || 0;
  const message = typeof envelope?.message === 'string' ? envelope.message : '';
  if (res.status >= 300 || code !== 0) {
    throw new ScpError({
      kind: 'http',
      status: res.status,
      scpCode: envelope ? code : undefined,
      message: message || `SCP answered HTTP ${res.status}${code ? ` with code ${code}` : ''}`,
      ...label,
    });
  }
  return envelope ? envelope.data : json;
}

/** Retry-After as milliseconds (seconds or an HTTP date), or undefined. */
export function retryAfterMs(res: WireResponse, now: number): number | undefined {
  const raw = res.headers['retry-after'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** SCP's `message` of an answer, or '' (used to tell an idempotency 429 from a rate-limit 429). */
export function peekMessage(res: WireResponse): string {
  try {
    const json = JSON.parse(res.body.toString('utf8')) as { message?: unknown };
    return typeof json?.message === 'string' ? json.message : '';
  } catch {
    return '';
  }
}
