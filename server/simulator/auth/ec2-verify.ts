import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { unauthorized } from '../errors';

/** How far a request's X-Amz-Date may be from the simulator's clock (seed L440). */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export interface Ec2Authorization {
  accessKey: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string;
  signature: string;
}

const AUTH_RE = /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;

/** Parses `AWS4-HMAC-SHA256 Credential=AK/date/region/service/aws4_request, SignedHeaders=…, Signature=…`. */
export function parseEc2Authorization(header: string): Ec2Authorization {
  const m = AUTH_RE.exec(header.trim());
  if (!m) throw unauthorized('Authorization header is not a valid AWS4-HMAC-SHA256 header (Credential, SignedHeaders and Signature are required)');
  const scope = m[1].split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request' || !/^\d{8}$/.test(scope[1])) {
    throw unauthorized('Credential must be AK/yyyymmdd/region/service/aws4_request');
  }
  return { accessKey: scope[0], date: scope[1], region: scope[2], service: scope[3], signedHeaders: m[2], signature: m[3].toLowerCase() };
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/**
 * The signature keystone's Ec2Signer (v4) expects. The canonical query string is
 * empty; headers named in SignedHeaders but absent from the request (such as the
 * pseudo-name `path`) are skipped; the header block keeps its trailing newline.
 */
export function expectedSignature(opts: {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  auth: Ec2Authorization;
  amzDate: string;
  secretKey: string;
  bodySha256: string;
  /** How to treat a signed `host`: as received, without its port, or skipped (SCP does not support host, seed §2.1). */
  host?: 'as-is' | 'no-port' | 'skip';
}): string {
  const { auth } = opts;
  let headerBlock = '';
  for (const name of auth.signedHeaders.split(';')) {
    let value = opts.headers[name.toLowerCase()];
    if (name.toLowerCase() === 'host' && value !== undefined) {
      if (opts.host === 'skip') continue;
      if (opts.host === 'no-port') value = String(value).replace(/:\d+$/, '');
    }
    if (value === undefined) continue;
    headerBlock += `${name.toLowerCase()}:${String(Array.isArray(value) ? value.join(',') : value).trim()}\n`;
  }
  const canonical = [opts.method.toUpperCase(), opts.path, '', headerBlock, auth.signedHeaders, opts.bodySha256].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', opts.amzDate, scope, createHash('sha256').update(canonical, 'utf8').digest('hex')].join('\n');
  const kDate = hmac(`AWS4${opts.secretKey}`, auth.date);
  const kSigning = hmac(hmac(hmac(kDate, auth.region), auth.service), 'aws4_request');
  return createHmac('sha256', kSigning).update(toSign, 'utf8').digest('hex');
}

/** `20240101T120000Z` (basic) or `2024-01-01T12:00:00Z` (the table's ISO form) → epoch ms. */
export function parseAmzDate(value: string): number {
  const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(value);
  const m = basic ?? iso;
  if (!m) throw unauthorized(`X-Amz-Date "${value}" is not a UTC timestamp like 20240101T120000Z`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

/** Verifies an EC2-signed request; throws 401 with the reason. Returns the access key. */
export function verifyEc2Request(opts: {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Hex sha256 of a body already hashed while streaming; overrides `body`. */
  bodySha256?: string;
  now: number;
  secretFor: (accessKey: string) => string | undefined;
}): string {
  const auth = parseEc2Authorization(String(opts.headers.authorization ?? ''));
  const amzDate = String(opts.headers['x-amz-date'] ?? '');
  if (!amzDate) throw unauthorized('X-Amz-Date header is required with AWS4-HMAC-SHA256');
  if (!amzDate.replace(/-/g, '').startsWith(auth.date)) {
    throw unauthorized(`X-Amz-Date ${amzDate} does not match the credential date ${auth.date}`);
  }
  const at = parseAmzDate(amzDate);
  if (Math.abs(opts.now - at) > MAX_CLOCK_SKEW_MS) {
    throw unauthorized(`request time ${amzDate} is more than 15 minutes from server time; check the client clock`);
  }
  const secretKey = opts.secretFor(auth.accessKey);
  if (!secretKey) throw unauthorized(`access key ${auth.accessKey} is unknown`);
  const bodySha256 = opts.bodySha256 ?? createHash('sha256').update(opts.body).digest('hex');
  const given = Buffer.from(auth.signature, 'hex');
  // SCP does not support host as a signed header, yet clients in the field send
  // `host;x-amz-date`: accept host skipped, as received, or without its port.
  const hostModes = auth.signedHeaders.split(';').includes('host') ? (['skip', 'as-is', 'no-port'] as const) : (['as-is'] as const);
  const matches = hostModes.some((host) => {
    const expected = Buffer.from(expectedSignature({ method: opts.method, path: opts.path, headers: opts.headers, auth, amzDate, secretKey, bodySha256, host }), 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!matches) throw unauthorized('signature does not match; check the secret key and the signed headers');
  return auth.accessKey;
}
