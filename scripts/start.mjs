#!/usr/bin/env node
/**
 * `npm start`: builds the console if needed and runs it in production mode,
 * against a real SCP or against the bundled SCP simulator.
 *
 * usage: node scripts/start.mjs [--port N] [--sim-port N]
 *
 * Environment:
 *   PORT              console port (default 3000); --port wins over it
 *   HOST              console listen address. Unset: 127.0.0.1 on the simulator (its demo
 *                     passwords are published), 0.0.0.0 with a real SCP (scripts/lib/listen-host.mjs)
 *   SIM_PORT          simulator port (default 9443); --sim-port wins over it.
 *                     The simulator runs as `node --import tsx server/simulator/main.ts --port SIM_PORT`.
 *   SCP_BASE_URL      URL of a real SCP. When set, no simulator is started and the
 *                     console talks to this URL. When unset (or empty), the simulator
 *                     runs on https://127.0.0.1:SIM_PORT and the console gets
 *                     SCP_BASE_URL pointing at it and SCP_TLS_FINGERPRINT pinning the
 *                     simulator's self-signed certificate (read from the simulator
 *                     this launcher just started, over loopback).
 *   SCP_TLS_INSECURE  passed through to the console with a real SCP (1 = skip TLS checks)
 *   SESSION_SECRET    cookie-sealing secret, at least 32 characters. When unset a random
 *                     one is generated, so sessions do not survive a restart.
 *   NEXT_TELEMETRY_DISABLED  defaults to 1 (intranet installs have no route out)
 *
 * The launcher exits when the console or the simulator exits, and forwards
 * SIGINT/SIGTERM to both.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { consoleHost, isLoopback, localHost, startLine, urlHost } from './lib/listen-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const simulatorEntry = join(root, 'server/simulator/main.ts');
/** Inputs of `next build`; a file here newer than .next/BUILD_ID means the build is stale. */
const buildInputs = ['app', 'components', 'lib', 'server', 'public', 'next.config.js', 'postcss.config.mjs', 'package.json', 'tsconfig.json'];

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

function portOption(value, name, fallback) {
  const port = Number(value ?? fallback);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} must be a port number, got "${value}"`);
  return port;
}

/** Newest modification time under `path`, skipping the simulator and unit tests (not part of the build). */
function newestMtime(path) {
  if (!existsSync(path) || path.startsWith(join(root, 'server/simulator')) || path.endsWith('.test.ts')) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIsStale() {
  const buildId = join(root, '.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return buildInputs.some((input) => newestMtime(join(root, input)) > builtAt);
}

/** Resolves true when something accepts TCP connections on host:port. */
function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resolves true once `url` answers any HTTP status, false if `child` exits or 90 s pass first. */
async function waitForHttp(url, child) {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  const deadline = Date.now() + 90_000;
  // Backs off so the wait costs a handful of requests: the simulator rate-limits /janus/public-key.
  for (let delay = 100; Date.now() < deadline && child.exitCode === null; delay = Math.min(delay * 2, 1000)) {
    const answered = await new Promise((resolve) => {
      const req = send(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => (res.resume(), resolve(true)));
      req.once('timeout', () => req.destroy());
      req.once('error', () => resolve(false));
      req.end();
    });
    if (answered) return true;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
  return false;
}

const { values } = parseArgs({ options: { port: { type: 'string' }, 'sim-port': { type: 'string' } } });
const port = portOption(values.port ?? process.env.PORT, '--port/PORT', 3000);
const simPort = portOption(values['sim-port'] ?? process.env.SIM_PORT, '--sim-port/SIM_PORT', 9443);
const externalScp = process.env.SCP_BASE_URL || undefined;
const host = consoleHost({ host: process.env.HOST, realScp: Boolean(externalScp) });
const consoleUrl = `http://${urlHost(localHost(host))}:${port}`;
const sessionSecret = process.env.SESSION_SECRET || randomBytes(32).toString('base64url');
if (sessionSecret.length < 32) fail('SESSION_SECRET must be at least 32 characters');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1', SESSION_SECRET: sessionSecret };

if (!externalScp && !existsSync(simulatorEntry)) {
  fail(`the SCP simulator entry ${simulatorEntry} does not exist; set SCP_BASE_URL to use a real SCP`);
}
if (await portInUse(port, localHost(host))) fail(`port ${port} is already in use; choose another with --port or PORT`);
if (!externalScp && (await portInUse(simPort))) fail(`port ${simPort} is already in use; choose another with --sim-port or SIM_PORT`);

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;
/** Decided by the first child to exit: 0 after a requested stop, its failure code otherwise. */
let exitCode;

function stop(signal) {
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

function spawnNode(args) {
  return spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
}

/** Runs `node args…`; when it exits, stops the other children and exits once they are gone. */
function supervise(args, name) {
  const child = spawnNode(args);
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`start: ${name} exited (${signal ?? `code ${code}`}); stopping`);
    exitCode ??= stopping ? 0 : code || 1;
    stop('SIGTERM');
    const others = children.filter((c) => c.exitCode === null && c.signalCode === null);
    Promise.all(others.map((c) => new Promise((resolve) => c.once('exit', resolve)))).then(() => process.exit(exitCode));
  });
  return child;
}

/** SHA-256 fingerprint of the certificate a TLS server on loopback presents. */
function peerFingerprint(port) {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const fp = socket.getPeerCertificate().fingerprint256;
      socket.end();
      if (fp) resolve(fp);
      else reject(new Error('the SCP simulator presented no certificate'));
    });
    socket.once('error', reject);
  });
}

if (buildIsStale()) {
  console.log('start: building the console (next build)…');
  const build = spawnNode([nextBin, 'build']);
  children.push(build);
  const code = await new Promise((resolve) => build.once('exit', (c, signal) => resolve(signal ? 1 : c)));
  children.pop();
  if (stopping) process.exit(0);
  if (code !== 0) fail(`next build failed (exit ${code})`);
}

if (!externalScp) {
  const simUrl = `https://127.0.0.1:${simPort}`;
  // `node --import tsx` (not the tsx CLI) keeps the simulator one process, so signals reach it directly.
  const simulator = supervise(['--import', 'tsx', simulatorEntry, '--port', String(simPort)], 'the SCP simulator');
  if (!(await waitForHttp(`${simUrl}/janus/public-key`, simulator)) && !stopping) {
    stop('SIGTERM');
    fail(`the SCP simulator did not start listening on ${simUrl}`);
  }
  // Pin the certificate of the simulator started above rather than skipping TLS checks.
  Object.assign(env, { SCP_BASE_URL: simUrl, SCP_TLS_FINGERPRINT: await peerFingerprint(simPort), SCP_TLS_CA_FILE: '', SCP_TLS_INSECURE: '' });
}

if (!stopping) {
  if (!externalScp && !isLoopback(host)) console.warn(`start: HOST=${host} serves the demo, whose passwords are in the README, to the network`);
  const consoleServer = supervise([join(root, 'scripts/serve-console.mjs'), '--port', String(port), '--host', host], 'the console');
  if ((await waitForHttp(`${consoleUrl}/`, consoleServer)) && !stopping) {
    console.log(`\n${startLine({ host, port, scpUrl: env.SCP_BASE_URL })}\n`);
  }
}
