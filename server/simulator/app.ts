import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyEc2Request } from './auth/ec2-verify';
import { authenticate } from './auth/principal';
import type { TokenStore } from './auth/tokens';
import { handleControl, type Controls } from './control';
import { documentedEndpoint } from './documented';
import { ScpError, badRequest, forbidden, tooManyRequests } from './errors';
import type { IdempotencyGuard } from './guards/idempotency';
import type { RateLimiter } from './guards/rate-limit';
import type { RequestContext } from './http/context';
import { sendEnvelope, sendError } from './http/respond';
import type { Router } from './http/router';
import type { Services } from './http/services';
import { countRequest } from './http/stats';
import type { Store } from './state/store';

/** Bodies above this are refused; the streamed image upload is exempt. */
export const MAX_BODY_BYTES = 1024 * 1024;

function clientIp(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw badRequest(`request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('request body is not valid JSON');
  }
}

/** What the request pipeline runs on; the simulator composes it. */
export interface Pipeline extends Controls {
  /** What route handlers receive besides their request. */
  services: Services;
  router: Pick<Router, 'match'>;
  limiter: RateLimiter;
  idempotency: IdempotencyGuard;
  tokens: TokenStore;
}

/** The simulator's whole request pipeline, in SCP's order of checks. */
export function createRequestHandler(sim: Pipeline) {
  const { store, tasks } = sim.services;
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    let routeName = path;
    let status = 500;
    try {
      if (path.startsWith('/_sim/')) {
        status = await handleControl(sim, req, res, path);
        return;
      }
      const now = Date.now();
      tasks.tick(now);
      const latency = sim.faults.config.latencyMs;
      if (latency > 0) await new Promise((r) => setTimeout(r, latency));
      const match = sim.router.match(method, path);
      if (!match || 'methodMismatch' in match) {
        const doc = documentedEndpoint(method, path);
        if (doc) throw new ScpError(501, `${method} ${doc} is documented by SCP but not implemented by this simulator`);
        throw new ScpError(404, match ? `${method} is not supported on ${path}` : `no SCP API at ${method} ${path}`);
      }
      routeName = match.template;
      const ip = clientIp(req);
      if (!sim.limiter.allow(`${ip} ${method} ${match.template}`, method, now)) {
        throw tooManyRequests(`rate limit exceeded for ${method} ${match.template}: at most ${method === 'GET' ? 600 : 100} requests per minute per IP; this IP is blocked from this API for a minute`);
      }
      if (sim.faults.injectRateLimit()) throw tooManyRequests('rate limit exceeded (injected 429 storm); retry after a pause');
      if (sim.faults.injectError()) throw new ScpError(500, 'internal error (injected fault); retry later');
      const streamed = !!match.spec.streamBody;
      const raw = streamed ? Buffer.alloc(0) : await readBody(req);
      let principal;
      if (!match.spec.public) {
        const ec2Stream = streamed && /^AWS4-HMAC-SHA256/i.test(String(req.headers.authorization ?? ''));
        principal = ec2Stream
          ? authenticatePendingStream(store, req)
          : authenticate({ req, path, body: raw, now, store, tokens: sim.tokens });
        if (!match.spec.roles.includes(principal.roleType)) {
          throw forbidden(`${method} ${match.template} is not permitted for role ${principal.roleType}`);
        }
      }
      const clientToken = req.headers['x-client-token'];
      if ((method === 'POST' || method === 'PUT') && typeof clientToken === 'string' && clientToken) {
        if (!sim.idempotency.admit(clientToken, method, path, url.search, raw, now)) {
          throw tooManyRequests(`X-Client-Token ${clientToken} was already used for an identical request within 15 minutes; nothing was changed`);
        }
      }
      const ctx: RequestContext = {
        ...sim.services, req, method, path, query: url.searchParams, params: match.params,
        body: streamed ? undefined : parseJson(raw),
        principal: principal!, clientIp: ip, now,
      };
      if (streamed) ctx.readBodyStream = (sink) => streamBody(store, req, path, now, sink);
      const result = await match.spec.handler(ctx);
      status = result.status;
      if (sim.faults.injectReset()) {
        res.socket?.destroy();
        return;
      }
      sendEnvelope(res, result.status, result.data);
    } catch (err) {
      if (err instanceof ScpError) {
        status = err.status;
        sendError(res, err.status, err.message);
      } else {
        status = 500;
        console.error('[sim] internal error', method, path, err);
        sendError(res, 500, 'internal error in the simulator; see its log');
      }
    } finally {
      if (!path.startsWith('/_sim/')) countRequest(sim.stats, method, routeName, status);
    }
  };
}

/** For a streamed EC2 request the signature is checked after the body; until then only the key must exist. */
function authenticatePendingStream(store: Store, req: IncomingMessage) {
  const m = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''));
  const user = m ? store.userByAccessKey(m[1]) : undefined;
  if (!user) throw new ScpError(401, 'access key is unknown');
  if (!user.enabled) throw new ScpError(401, 'the account behind these credentials is disabled');
  return { user, roleType: user.role_type, projectId: user.project_id, via: 'ec2' as const };
}

async function streamBody(store: Store, req: IncomingMessage, path: string, now: number, sink: (chunk: Buffer) => void): Promise<number> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of req) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
    sink(chunk as Buffer);
  }
  if (/^AWS4-HMAC-SHA256/i.test(String(req.headers.authorization ?? ''))) {
    const digest = hash.digest();
    verifyEc2Request({
      method: req.method ?? 'PUT', path, headers: req.headers, now,
      body: Buffer.alloc(0), bodySha256: digest.toString('hex'),
      secretFor: (ak) => store.userByAccessKey(ak)?.secret_key,
    });
  }
  return size;
}
