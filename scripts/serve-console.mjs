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
 *
 * usage: node scripts/serve-console.mjs [--port N] [--host H]   (PORT, HOST)
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { frameAncestorsPolicy } from './lib/frame-ancestors.mjs';

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

const server = createServer((req, res) => {
  req.headers['x-scp-console-peer'] = `${nonce} ${req.socket.remoteAddress ?? ''}`;
  res.setHeader('Content-Security-Policy', framing);
  if (req.url?.startsWith('/api/')) handle(req, res);
  else compress(req, res, () => handle(req, res));
});
server.listen(port, host, () => console.log(`console listening on http://${host}:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
