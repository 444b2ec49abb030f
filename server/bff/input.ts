import 'server-only';
import type { z } from 'zod';
import { BffError, type FieldIssue } from './errors';

/** JSON bodies above this are refused unread (the biggest, a server create with many disks and NICs, is a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;

/** One 400 naming every bad field, e.g. `query pageSize: must be at most 100; body disks.0.size_mb: …`. */
export function invalid(where: 'query' | 'body', error: z.ZodError): BffError {
  const fields: FieldIssue[] = error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(whole)',
    message: issue.code === 'unrecognized_keys' ? `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : issue.message,
  }));
  const text = fields.map((f) => `${where} ${f.field}: ${f.message}`).join('; ');
  return new BffError(400, 'invalid_request', `Invalid request: ${text}`, { fields: fields.map((f) => ({ ...f, field: `${where}.${f.field}` })) });
}

/** Parses `value` with `schema`, or throws the 400 naming each bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(where, result.error);
  return result.data;
}

/** The query string as an object: a repeated name becomes an array (which a string schema then refuses). */
export function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/**
 * The request's JSON body, read with a size limit: a Content-Length above the
 * limit is refused unread, and a body that turns out bigger is cut off as soon
 * as it passes the limit. An empty body is undefined. A body must say it is
 * JSON: a cross-site form cannot send `application/json` without a preflight.
 */
export async function readJsonBody(req: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!req.body) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) {
    throw new BffError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BffError(400, 'invalid_request', 'The body is not valid JSON');
  }
}

function tooLarge(limit: number): BffError {
  return new BffError(413, 'body_too_large', `The body is larger than ${Math.round(limit / 1024)} KB`);
}
