import 'server-only';
import type { z } from 'zod';
import { BffError, type FieldIssue } from './errors';

/** JSON bodies above this are refused unread (the biggest, a server create with many disks and NICs, is a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;

/** One 400 naming every bad field, e.g. `query pageSize: must be at most 100; body disks.0.size_mb: …`. */
export function invalid(where: 'query' | 'body', error: z.ZodError): BffError {
  const at = (path: PropertyKey[]) => (path.length ? path.map(String).join('.') : '(whole)');
  // An unknown key is named where it is, one field each (`body disks.0.colour: unknown parameter colour`).
  const fields: FieldIssue[] = error.issues.flatMap((issue) => issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ field: at([...issue.path, key]), message: `unknown parameter ${key}` }))
    : [{ field: at(issue.path), message: issue.message }]);
  const text = fields.map((f) => `${where} ${f.field}: ${f.message}`).join('; ');
  return new BffError(400, 'invalid_request', `Invalid request: ${text}`, { fields: fields.map((f) => ({ ...f, field: `${where}.${f.field}` })) });
}

/** Parses `value` with `schema`, or throws the 400 naming each bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(where, result.error);
  return result.data;
}

/**
 * The query string as an object: a repeated name becomes an array (which a
 * string schema then refuses). Names and values are decoded as UTF-8 strictly:
 * bytes that are not UTF-8 (e.g. an encoded lone surrogate, `%ED%A0%80`) are a
 * 400 naming the parameter, where URLSearchParams would silently make them U+FFFD.
 */
export function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const search = new URL(url).search.slice(1);
  for (const pair of search ? search.split('&') : []) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decodeQueryPart(rawKey, rawKey);
    const value = decodeQueryPart(eq < 0 ? '' : pair.slice(eq + 1), rawKey);
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One part of `application/x-www-form-urlencoded` (`+` is a space; a `%` without two hex digits stays as it is, as URLSearchParams does). */
function decodeQueryPart(raw: string, name: string): string {
  const bytes: number[] = [];
  const s = raw.replace(/\+/g, ' ');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      // new URL() has already percent-encoded everything outside ASCII.
      bytes.push(s.charCodeAt(i));
    }
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    throw new BffError(400, 'invalid_request', `Invalid request: query ${name}: is not valid UTF-8 text (e.g. an encoded unpaired surrogate)`, {
      fields: [{ field: `query.${name}`, message: 'is not valid UTF-8 text' }],
    });
  }
}

/** With the u flag, a paired surrogate is one code point; only a lone one is in category Cs (what String#isWellFormed tests). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Throws a 400 naming the first string (or object key) in `value` that is not
 * well-formed UTF-16: an unpaired surrogate, which JSON's `\ud800` can carry
 * and which SCP could not store or compare as text.
 */
export function assertWellFormed(value: unknown, where: 'query' | 'body', path: string[] = []): void {
  const fail = (at: string[]) => {
    const field = at.length ? at.join('.') : '(whole)';
    throw new BffError(400, 'invalid_request', `Invalid request: ${where} ${field}: contains an unpaired surrogate (not valid Unicode text)`, {
      fields: [{ field: `${where}.${field}`, message: 'contains an unpaired surrogate' }],
    });
  };
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) fail(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => assertWellFormed(item, where, [...path, String(i)]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      // A bad key is named by its JSON escape, so the message itself stays valid text.
      if (LONE_SURROGATE.test(key)) fail([...path, JSON.stringify(key)]);
      assertWellFormed(item, where, [...path, key]);
    }
  }
}

/** True for a JSON object (not null, not an array): what every console body is. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  let text: string;
  try {
    text = utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new BffError(400, 'invalid_request', 'The body is not valid UTF-8 text');
  }
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
