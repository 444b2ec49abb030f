import { createHash, createHmac } from 'node:crypto';

/**
 * A request signer for the contract tests, written apart from the simulator's
 * verifier (it follows the seed's Postman script step by step), so a mistake
 * in one cannot hide the same mistake in the other.
 */
export function signRequest(opts: {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Hex sha256 of a body too large to pass whole (streamed uploads); overrides `body`. */
  bodySha256?: string;
  accessKey: string;
  secretKey: string;
  amzDate: string;
  region?: string;
  service?: string;
  signedHeaders?: string;
}): string {
  const region = opts.region ?? 'cn-south-1';
  const service = opts.service ?? 'open-api';
  const signedHeaders = opts.signedHeaders ?? 'path;x-amz-date';
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.headers)) lower[k.toLowerCase()] = v;
  const canonicalHeaders = signedHeaders
    .split(';')
    .filter((h) => h in lower)
    .map((h) => `${h}:${lower[h].trim()}\n`)
    .join('');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const canonicalRequest = `${opts.method}\n${opts.path}\n\n${canonicalHeaders}\n${signedHeaders}\n${opts.bodySha256 ?? sha(opts.body)}`;
  const day = opts.amzDate.slice(0, 8);
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${opts.amzDate}\n${scope}\n${sha(canonicalRequest)}`;
  let key: Buffer | string = `AWS4${opts.secretKey}`;
  for (const part of [day, region, service, 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${opts.accessKey}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

/** `20240101T120000Z` for a Date. */
export function amzDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
