import 'server-only';

/**
 * One line per upstream attempt. It holds no secret by construction: no headers,
 * no query string (names of things can be personal), no bodies.
 */
export interface ScpRequestLog {
  requestId: string;
  operation: string;
  method: string;
  /** URL path without the query string. */
  path: string;
  /** HTTP status, or 0 when no answer came. */
  status: number;
  durationMs: number;
  attempt: number;
  /** Clock time the attempt was sent at (epoch ms). */
  sentAt: number;
  /** Set when the attempt failed without an answer (e.g. UND_ERR_SOCKET). */
  errorCode?: string;
}

/** Where the client reports. Messages and fields must never carry credentials. */
export interface ScpLogger {
  /** Every upstream attempt, for request logs and metrics. */
  request(entry: ScpRequestLog): void;
  /** Something an operator should see (insecure TLS, retries, recovered outcomes). */
  warn(message: string, fields?: Record<string, string | number | undefined>): void;
}

/** Logs warnings to stderr and attempts that failed or took longer than a second. */
export const consoleLogger: ScpLogger = {
  request(e) {
    if (e.status >= 400 || e.status === 0 || e.durationMs > 1000) {
      console.info(`[scp] ${e.method} ${e.path} → ${e.status || e.errorCode} in ${e.durationMs} ms (attempt ${e.attempt}, ${e.requestId})`);
    }
  },
  warn(message, fields) {
    console.warn(`[scp] ${message}`, fields ?? '');
  },
};
