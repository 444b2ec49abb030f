import 'server-only';
import { BlockList, isIP } from 'node:net';

/*
 * Who is on the other end of the TCP connection. Next route handlers do not
 * expose the socket; `next start` only fills X-Forwarded-For from the socket
 * when the request has none (base-server: `x-forwarded-for ??= remoteAddress`),
 * and keeps whatever a client sent otherwise. So X-Forwarded-For proves the
 * peer only when whatever accepts connections for the console appends (or
 * overwrites with) the socket address: a trusted reverse proxy in front with
 * the console's port closed to everyone else, or a launcher that stamps it.
 * We read the LAST hop (the one the nearest hop added) and never X-Real-IP,
 * which nothing in front of `next start` sets and any client can.
 */

/** An address as written in X-Forwarded-For (maybe with port or brackets) → plain IP, or undefined. */
export function normaliseAddress(raw: string): string | undefined {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  a = a.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1];
  return isIP(a) ? a : undefined;
}

/** The X-Forwarded-For entries, client first, as raw strings. */
export function forwardedChain(req: Request): string[] {
  const header = req.headers.get('x-forwarded-for');
  return header ? header.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** The immediate peer as the hop in front of the console reported it: the last X-Forwarded-For entry. */
export function peerAddress(req: Request): string | undefined {
  const chain = forwardedChain(req);
  return chain.length ? normaliseAddress(chain[chain.length - 1]) : undefined;
}

/** A matcher for TRUSTED_PROXY_IPS (addresses and CIDRs, IPv4 and IPv6). */
export function proxyMatcher(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [ip, prefix] = entry.split('/');
    const address = normaliseAddress(ip);
    if (!address) throw new Error(`TRUSTED_PROXY_IPS: ${entry} is not an IP address or CIDR`);
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const a = address && normaliseAddress(address);
    return !!a && list.check(a, isIP(a) === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The client's address for rate limiting: walking X-Forwarded-For from the
 * right, the first hop that is not a trusted proxy. Without a trustworthy
 * X-Forwarded-For (see above) a client can pick this value; the per-username
 * limit still holds then.
 */
export function clientAddress(req: Request, trusted: (address: string | undefined) => boolean): string {
  const chain = forwardedChain(req);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (i === 0 || !trusted(chain[i])) return normaliseAddress(chain[i]) ?? chain[i];
  }
  return 'unknown';
}
