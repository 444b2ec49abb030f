#!/usr/bin/env node
/**
 * The console's production HTTP server: Next's request handler behind our own
 * node:http server, so the console knows who is really connected. Next route
 * handlers cannot see the socket, and `next start` keeps any X-Forwarded-For a
 * client sends; here every request gets `x-scp-console-peer: <nonce> <socket
 * address>`, overwriting whatever a client sent, with a nonce made at start
 * that only this process knows (CONSOLE_PEER_NONCE). server/session trusts the
 * peer address only with the right nonce. Every answer also says who may
 * frame the console (CSP frame-ancestors from CONSOLE_FRAME_ANCESTORS).
 * Before Next, the raw method and target are checked (scripts/lib/request-guard.mjs):
 * a malformed path is a 400 and a method a page does not have a 405, as JSON
 * `{error:{code,message,requestId}}` like the console API's; so is a request
 * node's parser refuses.
 *
 * usage: node scripts/serve-console.mjs [--port N] [--host H]   (PORT, HOST)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { frameAncestorsPolicy } from './lib/frame-ancestors.mjs';
import { checkRequest, METHOD_HEADER } from './lib/request-guard.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const next = require('next');
const compression = require('compression');

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const host = values.host ?? process.env.HOST ?? '0.0.0.0';
process.env.NODE_ENV = 'production';
process.env.CONSOLE_PEER_NONCE = randomBytes(16).toString('hex');
const nonce = process.env.CONSOLE_PEER_NONCE;

let framing;
try {
  framing = frameAncestorsPolicy(process.env.CONSOLE_FRAME_ANCESTORS);
} catch (err) {
  console.error(`console: ${err.message}`);
  process.exit(1);
}

const app = next({ dev: false, dir: root, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

// Pages and static assets are compressed here, the console's API answers are not: they are
// small, and gzip was the largest cost the console added to an SCP call (Next's own
// compression is off in next.config.js).
const compress = compression();

/** The JSON error body the console API answers with, for what the edge answers itself. */
function errorBody(error) {
  const requestId = randomUUID();
  return { requestId, text: JSON.stringify({ error: { ...error, requestId } }) };
}

/** Answers a request the edge refuses (or an OPTIONS it answers), without passing it to Next. */
function answer(res, { status, allow, error }) {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (allow) res.setHeader('Allow', allow);
  if (!error) return res.writeHead(status).end();
  const { requestId, text } = errorBody(error);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'X-Request-Id': requestId });
  res.end(text);
}

const server = createServer((req, res) => {
  req.headers['x-scp-console-peer'] = `${nonce} ${req.socket.remoteAddress ?? ''}`;
  res.setHeader('Content-Security-Policy', framing);
  delete req.headers[METHOD_HEADER];
  const verdict = checkRequest(req.method ?? '', req.url ?? '');
  if ('answer' in verdict) return answer(res, verdict.answer);
  if (verdict.forward.method) {
    req.headers[METHOD_HEADER] = req.method;
    req.method = verdict.forward.method;
  }
  if (req.url.startsWith('/api/')) handle(req, res);
  else compress(req, res, () => handle(req, res));
});

// What node's HTTP parser refuses (an unknown method, a raw non-ASCII byte, headers too large)
// is answered in the same JSON shape instead of node's bare 400.
server.on('clientError', (err, socket) => {
  if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy();
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const { requestId, text } = errorBody({ code: 'invalid_request', message: `The request is not valid HTTP (${err.code ?? 'parse error'})` });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nX-Request-Id: ${requestId}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${text}`);
});

server.listen(port, host, () => {
  const { address, port: actual } = server.address();
  console.log(`console listening on http://${address.includes(':') ? `[${address}]` : address}:${actual}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
