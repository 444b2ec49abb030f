import 'server-only';

/** A mutation that did not come from the console's own pages (CSRF defence). */
export class CrossOriginError extends Error {
  readonly code = 'cross_origin';
  readonly status = 403;

  constructor(message: string) {
    super(message);
    this.name = 'CrossOriginError';
  }
}

/**
 * The origin the browser used to reach the console. Under `next start`,
 * `req.url` names the server's own bind address, not what the browser typed,
 * so the origin comes from X-Forwarded-Proto/-Host (set by a proxy, or by Next
 * from the socket and Host when absent) and Host, falling back to the URL.
 * A cross-site page cannot set these: a custom header makes its fetch preflight,
 * which the console does not grant.
 */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const first = (name: string) => req.headers.get(name)?.split(',')[0].trim() || undefined;
  const proto = first('x-forwarded-proto')?.toLowerCase() ?? url.protocol.slice(0, -1);
  const host = first('x-forwarded-host') ?? first('host') ?? url.host;
  return `${proto}://${host}`.toLowerCase();
}

/**
 * Throws CrossOriginError unless a mutation comes from the console's own origin:
 * Origin must be present and equal to it (browsers send Origin on every POST,
 * PUT, PATCH and DELETE; other clients must send it too), and Sec-Fetch-Site,
 * when present, must be same-origin or none.
 */
export function assertSameOrigin(req: Request): void {
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new CrossOriginError(`Refused a ${site} request: changes must come from the console's own pages`);
  const origin = req.headers.get('origin');
  const own = requestOrigin(req);
  if (!origin) throw new CrossOriginError(`Refused a request without an Origin header: send Origin: ${own}`);
  if (origin.toLowerCase() !== own) throw new CrossOriginError(`Refused a request from ${origin}: changes must come from ${own}`);
}
