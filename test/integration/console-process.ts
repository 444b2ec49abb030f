import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SERVE = resolve(ROOT, 'scripts/serve-console.mjs');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

export interface RunningConsole {
  url: string;
  /** Everything the console printed (stdout and stderr), for log leak scans. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the production console (scripts/serve-console.mjs on the existing build) with the
 * given environment. Integration tests run after `npm run build`; without a
 * build this fails and says so.
 */
export async function startConsole(env: Record<string, string>): Promise<RunningConsole> {
  const distDir = env.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? '.next';
  if (!existsSync(resolve(ROOT, distDir, 'BUILD_ID'))) {
    throw new Error('no production build: run `npm run build` before the integration tests (npm test does)');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [SERVE, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`console exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/session`);
      if (res.status === 200 || res.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`console did not start in 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

/** A minimal cookie-keeping browser stand-in for the console's API. */
export class ConsoleAgent {
  private cookies = new Map<string, string>();
  /** Every response seen: status, headers and body text, for leak scans. */
  readonly seen: { url: string; status: number; headers: string; body: string }[] = [];

  constructor(readonly baseUrl: string, private readonly extraHeaders: Record<string, string> = {}) {}

  async request(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; json: any; text: string; headers: Headers }> {
    const headers: Record<string, string> = { ...this.extraHeaders, ...opts.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && !('origin' in headers)) headers.origin = this.baseUrl;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    this.seen.push({ url: path, status: res.status, headers: JSON.stringify([...res.headers]), body: text });
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}
