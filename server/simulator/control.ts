import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenStore } from './auth/tokens';
import type { Faults } from './guards/faults';
import type { RateLimiter } from './guards/rate-limit';
import { emptyStats, type SimStats } from './http/stats';

/** What the control endpoints reach: switches and counters, never the records. */
export interface Controls {
  options: { control: boolean };
  faults: Faults;
  stats: SimStats;
  tokens: Pick<TokenStore, 'expire'>;
  limiter: Pick<RateLimiter, 'reset'>;
}

function json(res: ServerResponse, status: number, body: unknown): number {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return status;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

/**
 * The control endpoints outside /janus, off unless the simulator was started
 * with `--control` (or SIM_CONTROL=1):
 * - `GET|PUT /_sim/faults` read or change fault injection;
 * - `GET /_sim/stats` request counters (benchmarks count SCP calls with it), `DELETE` resets them;
 * - `POST /_sim/tokens/expire` `{token}` expires a token now (tests of re-login).
 */
export async function handleControl(sim: Controls, req: IncomingMessage, res: ServerResponse, path: string): Promise<number> {
  if (!sim.options.control) return json(res, 404, { error: 'the control endpoints are off; start the simulator with --control' });
  try {
    if (path === '/_sim/faults' && req.method === 'GET') return json(res, 200, sim.faults.config);
    if (path === '/_sim/faults' && req.method === 'PUT') return json(res, 200, sim.faults.update(await readJson(req)));
    if (path === '/_sim/stats' && req.method === 'GET') return json(res, 200, sim.stats);
    if (path === '/_sim/stats' && req.method === 'DELETE') {
      Object.assign(sim.stats, emptyStats());
      return json(res, 200, sim.stats);
    }
    if (path === '/_sim/tokens/expire' && req.method === 'POST') {
      const body = (await readJson(req)) as { token?: string };
      sim.tokens.expire(String(body.token ?? ''));
      return json(res, 200, { expired: true });
    }
    if (path === '/_sim/rate-limits/reset' && req.method === 'POST') {
      sim.limiter.reset();
      return json(res, 200, { reset: true });
    }
  } catch (err) {
    return json(res, 400, { error: err instanceof Error ? err.message : String(err) });
  }
  return json(res, 404, { error: `no control endpoint ${req.method} ${path}` });
}
