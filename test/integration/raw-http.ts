import { Agent, request } from 'node:http';

/** One answer, as the wire carried it. */
export interface RawAnswer {
  method: string;
  target: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * HTTP/1.1 with the request target sent exactly as given: fetch (and the URL
 * class) would decode, resolve dot segments and turn backslashes into slashes
 * before anything reaches the console, which is what these tests must not let
 * happen. node:http sends `path` verbatim (any byte up to U+00FF, no spaces).
 */
export class RawClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 6 });
  /** How many requests were sent. */
  sent = 0;

  constructor(private readonly port: number) {}

  send(method: string, target: string, opts: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawAnswer> {
    this.sent += 1;
    const headers: Record<string, string | number> = { host: `127.0.0.1:${this.port}`, ...opts.headers };
    if (opts.body !== undefined) headers['content-length'] = Buffer.byteLength(opts.body);
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: this.port, method, path: target, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ method, target, status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(opts.body);
    });
  }

  /** Runs `jobs` a few at a time (the console is one process on a small machine). */
  async all<T>(jobs: (() => Promise<T>)[], parallel = 6): Promise<T[]> {
    const out: T[] = new Array(jobs.length);
    let next = 0;
    await Promise.all(Array.from({ length: parallel }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]();
      }
    }));
    return out;
  }

  close(): void {
    this.agent.destroy();
  }
}
