/**
 * The console's rules for a request's raw method and target, applied by
 * scripts/serve-console.mjs before Next sees anything. Next decodes and
 * resolves a path before its router and route handlers run: `%2e%2e` and `\`
 * become `..` and `/`, resolved away (a POST to `…/start/%2e%2e/stop` became a
 * stop), a doubled or trailing slash is answered with a 308 redirect, an
 * absolute-form target (`GET http://evil.example/api/azs`) with a redirect to
 * that host, and an undecodable escape (`%zz`, `%E4%BA`) or a method Next does
 * not know (TRACE) with a bare 500. So these checks read the request line as
 * the client sent it.
 *
 * Every path: origin-form only (starts with `/`, no `#`), no backslash, every
 * %-escape decodes as UTF-8, no dot segments (`.`, `..`, also encoded) and no
 * encoded slashes (`%2F`, `%5C`). Under /api also: no `%2e` anywhere and no
 * empty segment (`//`, a trailing `/`), so nothing under /api is ever
 * redirected. Pages and static files answer GET and HEAD (OPTIONS says so);
 * /api methods are the console API's business (server/bff/methods.ts), except
 * that a method Next cannot route is handed on as OPTIONS naming the real
 * method in METHOD_HEADER, so the API answers it 405 with its Allow list.
 */

/** The methods Next routes (next/dist/server/web/http.js HTTP_METHODS); it fails on any other before routing. */
export const NEXT_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Where the edge tells the console API the method a client really sent when Next cannot route it (TRACE, CONNECT…). */
export const METHOD_HEADER = 'x-scp-console-method';

/** What a page or static file allows. */
export const PAGE_ALLOW = 'GET, HEAD, OPTIONS';

/** Long segments are cut in messages, which name the segment at fault. */
function shown(segment) {
  return JSON.stringify(segment.length > 60 ? `${segment.slice(0, 60)}…` : segment);
}

function invalid(message) {
  return { answer: { status: 400, error: { code: 'invalid_request', message } } };
}

/** Why a raw segment does not decode: a `%` without two hex digits, or escapes that are not UTF-8. */
function badEscape(segment) {
  const malformed = /%(?![0-9a-f]{2})/i.exec(segment);
  if (malformed) {
    const escape = segment.slice(malformed.index, malformed.index + 3);
    return invalid(`The path has a bad percent-escape ${JSON.stringify(escape)} in segment ${shown(segment)}: % must be followed by two hex digits`);
  }
  return invalid(`The path segment ${shown(segment)} has percent-escapes that are not UTF-8`);
}

/**
 * What the edge does with a request, from its raw method and target:
 * `{answer}` (the edge answers: a status, maybe an `allow` header and an
 * `error` {code, message}) or `{forward}` (hand it to Next, with `method` set
 * when it must be handed on under another method, see METHOD_HEADER).
 *
 * @param {string} method
 * @param {string} target the request target as sent (node's `req.url`)
 * @returns {{ answer: { status: number, allow?: string, error?: { code: string, message: string } } } | { forward: { method?: string } }}
 */
export function checkRequest(method, target) {
  if (!target.startsWith('/')) return invalid('The request target must be a path starting with "/" (not an absolute URL or "*")');
  if (target.includes('#')) return invalid('The request target must not contain "#"');
  const path = target.split('?', 1)[0];
  if (path.includes('\\')) return invalid('The path must not contain a backslash');
  const raw = path.split('/').slice(1);
  const decoded = [];
  for (const segment of raw) {
    try {
      decoded.push(decodeURIComponent(segment));
    } catch {
      return badEscape(segment);
    }
  }
  for (let i = 0; i < raw.length; i++) {
    if (decoded[i] === '.' || decoded[i] === '..') return invalid(`The path must not contain dot segments ("." or "..", also as %2e): segment ${shown(raw[i])}`);
    if (/%(2f|5c)/i.test(raw[i])) return invalid(`The path must not contain encoded slashes (%2F, %5C): segment ${shown(raw[i])}`);
  }
  const api = decoded[0] === 'api';
  if (api) {
    const dotted = raw.find((s) => /%2e/i.test(s));
    if (dotted !== undefined) return invalid(`Console API paths must not contain %2e (an encoded dot): segment ${shown(dotted)}`);
    if (raw.slice(1).some((s) => s === '')) return invalid('Console API paths must not contain empty segments (a doubled or trailing "/")');
    return { forward: NEXT_METHODS.includes(method) ? {} : { method: 'OPTIONS' } };
  }
  if (method === 'GET' || method === 'HEAD') return { forward: {} };
  if (method === 'OPTIONS') return { answer: { status: 204, allow: PAGE_ALLOW } };
  return {
    answer: {
      status: 405,
      allow: PAGE_ALLOW,
      error: { code: 'method_not_allowed', message: `${method} is not allowed on ${shown(path)}; pages allow ${PAGE_ALLOW}` },
    },
  };
}
