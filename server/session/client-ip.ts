import 'server-only';
import { BlockList, isIP } from 'node:net';

/*
 * Who is on the other end of the TCP connection. Next route handlers do not
 * expose the socket, and `next start` keeps whatever X-Forwarded-For a client
 * sent. So the console's own server (scripts/serve-console.mjs, what `npm
 * start` runs) stamps every request with `x-scp-console-peer: <nonce> <socket
 * address>`, overwriting any client value; the nonce is made at start and
 * known only to that process (CONSOLE_PEER_NONCE). With a valid stamp the
 * peer is exact. Without one (plain `next start`, `next dev`) we fall back to
 * the LAST X-Forwarded-For hop, which proves the peer only behind a proxy that
 * overwrites the header with the console's port closed to everyone else.
 * X-Real-IP is never read.
 */

/** The socket address stamped by the console's own server, if the stamp is genuine. */
export function stampedPeer(req: Request): string | undefined {
  const nonce = process.env.CONSOLE_PEER_NONCE;
  const stamp = req.headers.get('x-scp-console-peer');
  if (!nonce || !stamp) return undefined;
  const space = stamp.indexOf(' ');
  if (space < 0 || stamp.slice(0, space) !== nonce) return undefined;
  return normaliseAddress(stamp.slice(space + 1));
}

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

/**
 * The X-Forwarded-For entries, client first, as raw strings, ending with the
 * stamped socket address when there is one (Next may already have put the
 * socket address there itself when the request had no X-Forwarded-For).
 */
export function forwardedChain(req: Request): string[] {
  const header = req.headers.get('x-forwarded-for');
  const chain = header ? header.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const stamped = stampedPeer(req);
  if (stamped && normaliseAddress(chain[chain.length - 1] ?? '') !== stamped) chain.push(stamped);
  return chain;
}

/** The immediate peer: the stamped socket address, else the last X-Forwarded-For entry. */
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
