/** The sign-in page's path. */
export const SIGN_IN_PATH = '/sign-in';

const BASE = 'http://console.invalid';

/**
 * `raw` (the sign-in page's `?next=`) when it is a path on this console, else
 * `fallback`. Refuses anything that could leave the site (`//evil`, `/\evil`,
 * `https://…`, `javascript:`), control characters, the sign-in page itself (a
 * loop) and the API (JSON is no place to land).
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || /[\x00-\x1f\x7f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const { pathname } = url;
  if (pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`) || pathname === '/api' || pathname.startsWith('/api/')) return fallback;
  return `${pathname}${url.search}${url.hash}`;
}

/** Where to send someone who is not signed in while at `current` (path, query and hash): back there after signing in. */
export function signInHref(current: string): string {
  const next = safeNextPath(current, '');
  return next && next !== '/' ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}
