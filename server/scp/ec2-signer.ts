import 'server-only';
import { createHash, createHmac } from 'node:crypto';

/** What an AWS4-HMAC-SHA256 signature covers, as keystone's Ec2Signer (v4) computes it. */
export interface Ec2SignInput {
  method: string;
  /** URL path only: SCP signs an empty canonical query string. */
  path: string;
  /** The headers that will be sent (any case); those named in `signedHeaders` are signed. */
  headers: Record<string, string>;
  /** The exact bytes sent ('' or an empty buffer for none)... */
  body?: Buffer | string;
  /** ...or, for a body that is not in memory (a spooled upload), its hex SHA-256. */
  bodySha256?: string;
  accessKey: string;
  secretKey: string;
  /** `yyyymmddTHHMMSSZ`, also sent as X-Amz-Date. */
  amzDate: string;
  /** e.g. `path;x-amz-date` or `cookie;x-amz-date`. */
  signedHeaders: string;
  region: string;
  service: string;
}

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** Formats a time as X-Amz-Date wants it: `20240101T120000Z`. */
export function toAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The canonical header block: for each SignedHeaders name present among the
 * request headers, `name:value\n`. Absent names (the pseudo-name `path`) are
 * skipped, exactly as keystone does.
 */
function canonicalHeaders(headers: Record<string, string>, signedHeaders: string): string {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  let block = '';
  for (const name of signedHeaders.split(';')) {
    const value = lower.get(name.toLowerCase());
    if (value !== undefined) block += `${name.toLowerCase()}:${value.trim()}\n`;
  }
  return block;
}

/** Computes the hex signature of a request. */
export function ec2Signature(input: Ec2SignInput): string {
  const canonical = [
    input.method.toUpperCase(),
    input.path,
    '',
    canonicalHeaders(input.headers, input.signedHeaders),
    input.signedHeaders,
    input.bodySha256 ?? sha256Hex(input.body ?? ''),
  ].join('\n');
  const date = input.amzDate.slice(0, 8);
  const scope = `${date}/${input.region}/${input.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256Hex(canonical)].join('\n');
  const kSigning = hmac(hmac(hmac(hmac(`AWS4${input.secretKey}`, date), input.region), input.service), 'aws4_request');
  return createHmac('sha256', kSigning).update(toSign, 'utf8').digest('hex');
}

/** The Authorization header value for a request. */
export function ec2Authorization(input: Ec2SignInput): string {
  const scope = `${input.accessKey}/${input.amzDate.slice(0, 8)}/${input.region}/${input.service}/aws4_request`;
  return `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=${input.signedHeaders}, Signature=${ec2Signature(input)}`;
}
