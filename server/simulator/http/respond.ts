import type { ServerResponse } from 'node:http';

/**
 * Writes an SCP envelope. `data` undefined means no body (a 204 as documented
 * without one). Where the document shows 204 *with* a body (server, snapshot and
 * volume delete: catalog §9.5) the body carries the task id the caller needs,
 * and HTTP forbids a body on 204, so the answer is 200 with the body.
 */
export function sendEnvelope(res: ServerResponse, status: number, data: unknown, message = ''): void {
  if (status === 204 && data !== undefined) status = 200;
  if (data === undefined) {
    res.writeHead(status, { 'content-length': '0' });
    res.end();
    return;
  }
  const code = status >= 400 ? status : 0;
  const body = JSON.stringify({ code, message, data });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Error envelope: `data` is `{}` on failure. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  sendEnvelope(res, status, {}, message);
}
