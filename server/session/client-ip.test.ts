import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, normaliseAddress, peerAddress, proxyMatcher, stampedPeer } from './client-ip';

const req = (xff?: string) => new Request('http://console.local/', { headers: xff === undefined ? {} : { 'x-forwarded-for': xff } });

describe('addresses', () => {
  it('normalises what X-Forwarded-For may hold', () => {
    expect(normaliseAddress(' 10.0.0.5 ')).toBe('10.0.0.5');
    expect(normaliseAddress('10.0.0.5:443')).toBe('10.0.0.5');
    expect(normaliseAddress('[FD00::1]:80')).toBe('fd00::1');
    expect(normaliseAddress('::ffff:10.0.0.5')).toBe('10.0.0.5');
    expect(normaliseAddress('unknown')).toBeUndefined();
    expect(normaliseAddress('10.0.0.256')).toBeUndefined();
  });

  it('takes the last hop as the peer', () => {
    expect(peerAddress(req('203.0.113.9, 10.0.0.5'))).toBe('10.0.0.5');
    expect(peerAddress(req('10.0.0.5, 203.0.113.9'))).toBe('203.0.113.9');
    expect(peerAddress(req())).toBeUndefined();
  });

  it('matches trusted proxies by address and CIDR, IPv4 and IPv6', () => {
    const trusted = proxyMatcher(['10.0.0.5', '10.1.0.0/16', 'fd00:1::/64']);
    expect(trusted('10.0.0.5')).toBe(true);
    expect(trusted('10.1.200.3')).toBe(true);
    expect(trusted('::ffff:10.1.0.1')).toBe(true);
    expect(trusted('fd00:1::abcd')).toBe(true);
    expect(trusted('10.0.0.6')).toBe(false);
    expect(trusted('fd00:2::1')).toBe(false);
    expect(trusted(undefined)).toBe(false);
    expect(trusted('not-an-ip')).toBe(false);
    expect(() => proxyMatcher(['nonsense'])).toThrow(/TRUSTED_PROXY_IPS/);
  });

  it('finds the client for rate limits: the rightmost hop that is not a trusted proxy', () => {
    const trusted = proxyMatcher(['10.0.0.5']);
    expect(clientAddress(req('198.51.100.1, 203.0.113.9, 10.0.0.5'), trusted)).toBe('203.0.113.9');
    expect(clientAddress(req('203.0.113.9'), trusted)).toBe('203.0.113.9');
    expect(clientAddress(req('10.0.0.5'), trusted)).toBe('10.0.0.5');
    expect(clientAddress(req(), trusted)).toBe('unknown');
  });
});

describe('the stamp of the console server (scripts/serve-console.mjs)', () => {
  const withNonce = (headers: Record<string, string>) => new Request('http://console.local/api/session', { headers });
  const previous = process.env.CONSOLE_PEER_NONCE;
  beforeAll(() => {
    process.env.CONSOLE_PEER_NONCE = 'n0nce';
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.CONSOLE_PEER_NONCE;
    else process.env.CONSOLE_PEER_NONCE = previous;
  });

  it('makes the socket address the peer, whatever X-Forwarded-For a client forged', () => {
    const req = withNonce({ 'x-forwarded-for': '10.0.0.5', 'x-scp-console-peer': 'n0nce 203.0.113.9' });
    expect(peerAddress(req)).toBe('203.0.113.9');
  });

  it('ignores a stamp with the wrong nonce (a client trying to forge it)', () => {
    const req = withNonce({ 'x-forwarded-for': '198.51.100.1', 'x-scp-console-peer': 'guess 10.0.0.5' });
    expect(stampedPeer(req)).toBeUndefined();
    expect(peerAddress(req)).toBe('198.51.100.1');
  });

  it('walks past the stamped trusted proxy to the client for rate limiting', () => {
    const trusted = proxyMatcher(['10.0.0.5']);
    const req = withNonce({ 'x-forwarded-for': '198.51.100.7', 'x-scp-console-peer': 'n0nce ::ffff:10.0.0.5' });
    expect(clientAddress(req, trusted)).toBe('198.51.100.7');
  });
});
