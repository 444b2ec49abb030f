import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { BodyFile } from '../scp';
import { BffError } from './errors';

/**
 * Spools a streamed request body (an image file) to a temporary file, hashing
 * and counting it on the way, then gives the file to `use` and deletes it
 * afterwards, whatever happened. Memory holds a few chunks at a time, never the
 * file. Why a file and not a pass-through: EC2 signing covers sha256(body),
 * which must be known before SCP gets the headers; and a retry after a 429 or
 * 5xx must be able to send the body again. Token auth needs neither the hash
 * nor — strictly — the file, but one path serves both.
 *
 * The file is private (mode 0600, a random name, created exclusively) in the
 * OS temporary directory. A body over `maxBytes` is refused with 413 as soon
 * as its Content-Length or its bytes say so; an empty one with 400.
 */
export async function withSpooledBody<T>(req: Request, maxBytes: number, use: (file: BodyFile) => Promise<T>): Promise<T> {
  const declared = Number(req.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) throw emptyBody();
  const path = join(tmpdir(), `scp-console-upload-${randomUUID()}`);
  try {
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(tooLarge(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(req.body as NodeReadableStream<Uint8Array>), meter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    if (size === 0) throw emptyBody();
    return await use({ path, size, sha256: hash.digest('hex') });
  } finally {
    await rm(path, { force: true });
  }
}

function tooLarge(limit: number): BffError {
  return new BffError(413, 'body_too_large', `The file is larger than the console accepts (${formatBytes(limit)}, SCP_UPLOAD_MAX_BYTES)`);
}

function emptyBody(): BffError {
  return new BffError(400, 'invalid_request', 'Invalid request: send the image file itself as the body of the upload');
}

function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1 && n % 1024 === 0) {
    n /= 1024;
    i++;
  }
  return `${n} ${units[i]}`;
}
