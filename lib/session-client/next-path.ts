/** The sign-in page's path. */
export const SIGN_IN_PATH = '/sign-in';

const BASE = 'http://console.invalid';

/** Percent-decoding layers looked through; a value still changing after them is refused. */
const MAX_DECODINGS = 4;

/**
 * Control characters and white space other than a plain space. Browsers strip
 * tab, CR and LF anywhere in a URL (so `/\t/evil` is `//evil`) and trim the
 * others at its ends; a console path needs none of them unencoded.
 */
const UNSAFE_CHARACTER = /[\x00-\x1f\x7f-\xa0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;

/**
 * The path of `candidate` with dot segments resolved, when it cannot leave the
 * console: it starts with exactly one `/`, holds no backslash (browsers read
 * `\` as `/`) and no unsafe character, and resolves to a path that does not
 * start with `//` either (`/..//evil` resolves to `//evil`).
 */
function consoleUrl(candidate: string): URL | undefined {
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\') || UNSAFE_CHARACTER.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE || url.pathname.startsWith('//')) return undefined;
  return url;
}

/** The sign-in page itself (a loop) and the API (JSON is no place to land). */
function isLanding(pathname: string): boolean {
  const lower = pathname.toLowerCase();
  return !(lower === SIGN_IN_PATH || lower.startsWith(`${SIGN_IN_PATH}/`) || lower === '/api' || lower.startsWith('/api/'));
}

/**
 * True when every percent-decoding of `pathname` (`%2F`, `%5C`, `%2e%2e`, `%09`,
 * and the same encoded again) is still a console path that is a place to land:
 * a router, a proxy or a server further on may decode it once more.
 */
function staysInConsole(pathname: string): boolean {
  let layer = pathname;
  for (let i = 0; i < MAX_DECODINGS; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return false;
    }
    if (decoded === layer) return true;
    const url = consoleUrl(decoded);
    if (!url || !isLanding(url.pathname)) return false;
    layer = decoded;
  }
  return false;
}

/**
 * `raw` (the sign-in page's `?next=`) when it is a path on this console, else
 * `fallback`. Accepted only if, after full normalisation (dot segments,
 * percent-decoding however often it was encoded, backslashes, tabs and
 * newlines), it is still a path of this console: nothing that could leave the
 * site (`//evil`, `/\evil`, `/..//evil`, `/%2F%2Fevil`, `https:evil`,
 * `javascript:`), and not the sign-in page or the API. Returns the path with
 * its dot segments resolved, its query and its hash.
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (typeof raw !== 'string') return fallback;
  const url = consoleUrl(raw);
  if (!url || !isLanding(url.pathname) || !staysInConsole(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where to send someone who is not signed in while at `current` (path, query and hash): back there after signing in. */
export function signInHref(current: string): string {
  const next = safeNextPath(current, '');
  return next && next !== '/' ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}
