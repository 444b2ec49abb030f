import 'server-only';
import { createReadStream } from 'node:fs';
import { Pool } from 'undici';
import type { ScpSettings } from '../config';
import type { ScpLogger } from './log';
import { isTlsRefusal, scpConnector } from './tls';

/**
 * A request body that lives in a file (a spooled upload): streamed from disk on
 * every attempt, so a retry can send it again and memory never holds it whole.
 * Its length and hash are known before the headers go out, as EC2 signing needs.
 */
export interface BodyFile {
  path: string;
  /** Bytes; sent as Content-Length. */
  size: number;
  /** Hex SHA-256 of the content (the EC2 signature covers it). */
  sha256: string;
}

/** What a request carries: JSON bytes in memory, or a file. */
export type WireBody = Buffer | BodyFile;

/** True for a file body. */
export function isBodyFile(body: WireBody | undefined): body is BodyFile {
  return body !== undefined && !Buffer.isBuffer(body);
}

/** One HTTP exchange with SCP, bytes in and bytes out. */
export interface WireRequest {
  method: string;
  /** Path and query string, e.g. `/janus/20180725/servers?page_num=0`. */
  path: string;
  headers: Record<string, string>;
  body?: WireBody;
  signal?: AbortSignal;
}

/** SCP's answer, read completely. */
export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A failed exchange. `phase` says whether SCP may have seen the request:
 * `connect` — it did not (safe to retry anything); `tls` — the certificate was
 * refused (do not retry); `response` — it may have (only idempotent retries).
 */
export class TransportError extends Error {
  constructor(readonly code: string, readonly phase: 'connect' | 'tls' | 'response', message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TransportError';
  }
}

/** Sends requests to SCP over a keep-alive pool. */
export interface Transport {
  send(req: WireRequest): Promise<WireResponse>;
  close(): Promise<void>;
}

const NOT_SENT = new Set(['UND_ERR_CONNECT_TIMEOUT', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

function classify(err: unknown): TransportError {
  const e = err as { code?: string; message?: string; cause?: { code?: string } };
  const code = e.code && e.code !== 'UND_ERR_SOCKET' ? e.code : (e.cause?.code ?? e.code ?? 'UNKNOWN');
  const phase = isTlsRefusal(code) ? 'tls' : NOT_SENT.has(code) ? 'connect' : 'response';
  return new TransportError(code, phase, `${code}: ${e.message ?? String(err)}`, { cause: err });
}

/**
 * The undici pool to SCP's origin, with the configured TLS checks and per-request
 * timeouts (connect, headers, body). SCP is one server, so a bounded number of
 * kept-alive connections is enough; the upstream budget paces the rest.
 */
export function createTransport(
  settings: Pick<ScpSettings, 'baseUrl' | 'tls' | 'timeouts'>,
  logger: ScpLogger,
  connections = 32,
): Transport {
  const { origin } = new URL(settings.baseUrl);
  const { connectMs, headersMs, bodyMs } = settings.timeouts;
  const pool = new Pool(origin, {
    connections,
    keepAliveTimeout: 30_000,
    headersTimeout: headersMs,
    bodyTimeout: bodyMs,
    connect: origin.startsWith('https:') ? scpConnector(settings.tls, connectMs, logger) : { timeout: connectMs },
  });
  return {
    async send(req) {
      if (req.signal?.aborted) throw req.signal.reason;
      // A file is read afresh on every attempt, so a retry sends it again.
      const stream = isBodyFile(req.body) ? createReadStream(req.body.path) : undefined;
      try {
        const res = await pool.request({
          method: req.method as 'GET',
          path: req.path,
          headers: req.headers,
          body: stream ?? (req.body as Buffer | undefined),
          headersTimeout: headersMs,
          bodyTimeout: bodyMs,
          signal: req.signal,
        });
        const body = Buffer.from(await res.body.arrayBuffer());
        return { status: res.statusCode, headers: res.headers, body };
      } catch (err) {
        if (req.signal?.aborted) throw req.signal.reason;
        throw classify(err);
      } finally {
        // Closes the file even when SCP answered before reading it all (e.g. a 4xx).
        stream?.destroy();
      }
    },
    close: () => pool.close(),
  };
}
