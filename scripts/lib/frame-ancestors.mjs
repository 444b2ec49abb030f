/**
 * Who may put the console in a frame: CSP `frame-ancestors` from
 * CONSOLE_FRAME_ANCESTORS, a space-separated list of origins (an intranet
 * portal that embeds the console, e.g. `https://portal.example.com` or
 * `https://*.corp.example`), or `none`. The console itself may always frame
 * its own pages; unset means only itself. A bad entry stops the start, named.
 *
 * @param {string | undefined} value
 * @returns {string} the Content-Security-Policy value
 */
export function frameAncestorsPolicy(value) {
  const entries = (value ?? '').trim().split(/\s+/).filter(Boolean);
  if (entries.length === 1 && entries[0].toLowerCase() === 'none') return "frame-ancestors 'none'";
  for (const entry of entries) {
    if (!/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(entry)) {
      throw new Error(`CONSOLE_FRAME_ANCESTORS: "${entry}" is not an origin such as https://portal.example.com (scheme and host, no path), and "none" stands alone`);
    }
  }
  return ["frame-ancestors 'self'", ...entries].join(' ');
}
