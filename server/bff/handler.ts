import 'server-only';
import { z } from 'zod';
import { hasIdShape, publicKey, type ScpListOperationEntry } from '@/lib/scp';
import type { ConsoleSession } from '../session';
import type { ConfineContext } from './confine';
import type { RouteContext, RouteDeclaration } from './declaration';
import { consoleBffLogger, type BffDeps } from './deps';
import { BffError, describeUnexpected, errorResponse, toBffError } from './errors';
import { assertWellFormed, isJsonObject, MAX_BODY_BYTES, parseWith, queryObject, readJsonBody } from './input';
import { listPage } from './list';
import { scpOperation } from './operation';
import { encryptPasswords } from './passwords';
import { checkParams } from './path';
import { checkSameOrigin, isMutation } from './same-origin';
import { deepStrict } from './strict';
import { withSpooledBody } from './spool';
import { TaskSharing } from './task-sharing';
import type { ScpClient } from '../scp';

/** Routes without a query schema take no query parameters. */
const NO_QUERY = z.strictObject({});

/**
 * The one wrapper around every console route (architecture principle 3; model:
 * Dub's withWorkspace + handleApiError): session (401), role (403
 * not_permitted), same origin for mutations (403 cross_origin), path ids, query
 * and JSON body (400 invalid_request naming each field; 413 body_too_large;
 * streamed bodies are left to the route, see `withBodyFile`), the
 * confined user's tenant scope, the SCP call with the session's credentials,
 * and errors as `{error:{code,message,scpCode?,requestId}}`. Nothing escapes as
 * a bare 500: an unexpected error is logged here and answered with its request id.
 */
export async function handleRoute(decl: RouteDeclaration, deps: BffDeps, req: Request, params: Record<string, string>, requestId: string): Promise<Response> {
  const logger = deps.logger ?? consoleBffLogger;
  let session: ConsoleSession | null = null;
  try {
    session = await deps.loadSession(req);
    if (!session) throw new BffError(401, 'unauthenticated', 'Sign in to use the console');
    if (!decl.roles.includes(session.user.role)) {
      throw new BffError(403, 'not_permitted', `Your role (${session.user.role}) does not allow ${decl.key}`);
    }
    if (isMutation(decl.method)) checkSameOrigin(req);
    checkParams(params);
    const ctx = await buildContext(decl, deps, req, params, requestId, session);
    const data = await run(decl, deps, ctx, logger);
    const shaped = decl.shape ? decl.shape(data, ctx) : data;
    const headers = { 'cache-control': 'no-store', 'x-request-id': requestId };
    return shaped === undefined || shaped === null ? new Response(null, { status: 204, headers }) : Response.json(shaped, { headers });
  } catch (err) {
    const { error, unexpected } = toBffError(err, session?.scope.kind ?? 'ec2', requestId, req.signal.aborted);
    if (unexpected) logger.error(`${decl.key} failed`, { requestId, user: session?.user.username, ...describeUnexpected(err) });
    return errorResponse(error, requestId);
  }
}

/** Parses query and body, encrypts password fields, and binds SCP calls to the session's credentials. */
async function buildContext(decl: RouteDeclaration, deps: BffDeps, req: Request, params: Record<string, string>, requestId: string, session: ConsoleSession): Promise<RouteContext> {
  const rawQuery = queryObject(req.url);
  assertWellFormed(rawQuery, 'query');
  const query = parseWith(decl.query ?? NO_QUERY, rawQuery, 'query') as Record<string, unknown>;
  const client = deps.client();
  // A browser that goes away cancels reads; a change already sent to SCP is seen through, so its outcome is known.
  const call: RouteContext['call'] = (entry, input = {}, as) => client.call(scpOperation(entry), {
    scope: as ?? session.scope, params: input.params, query: input.query, body: input.body, file: input.file, clientToken: input.clientToken,
    // A read made for others too (`as`) is not this browser's to cancel.
    signal: entry.method === 'GET' && !as ? req.signal : undefined,
  });
  const withBodyFile: RouteContext['withBodyFile'] = async (use) => {
    if (decl.bodyLimit !== 'stream') throw new Error(`${decl.key} does not take a streamed body`);
    return withSpooledBody(req, client.uploadMaxBytes, use);
  };
  const clientToken = req.headers.get('x-client-token') ?? undefined;
  if (clientToken !== undefined && !hasIdShape('uuid', clientToken)) throw new BffError(400, 'invalid_request', 'Invalid request: X-Client-Token must be a UUID');
  let body: unknown;
  if (decl.method !== 'GET' && decl.bodyLimit !== 'stream') {
    const raw = await readJsonBody(req, decl.bodyLimit ?? MAX_BODY_BYTES);
    // Every console body is a JSON object: `null`, `[]`, a number or a string is refused, not read as `{}`.
    if (raw !== undefined && !isJsonObject(raw)) {
      throw new BffError(400, 'invalid_request', `Invalid request: body must be a JSON object, not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`}`);
    }
    assertWellFormed(raw, 'body');
    if (decl.body) {
      // Strict at every depth: an unknown key is a 400 naming it, not dropped (see strict.ts).
      body = parseWith(deepStrict(decl.body), raw ?? {}, 'body');
    } else if (raw !== undefined && Object.keys(raw).length > 0) {
      throw new BffError(400, 'invalid_request', `Invalid request: this route takes no body (got ${Object.keys(raw).join(', ')})`);
    }
  }
  if (decl.op?.encrypt?.length) {
    const modulus = async () => (await call(publicKey.get)).public_key;
    body = await encryptPasswords(body, decl.op.encrypt, modulus, deps.rsaPadding());
  }
  return { req, requestId, session, params, query, body, clientToken, call, withBodyFile, taskSharing: taskSharingFor(client) };
}

const sharings = new WeakMap<ScpClient, TaskSharing>();

/** One set of shared task reads per SCP client, paced by its cache period. */
function taskSharingFor(client: ScpClient): TaskSharing {
  let sharing = sharings.get(client);
  if (!sharing) sharings.set(client, (sharing = new TaskSharing(client.cacheMs)));
  return sharing;
}

/** Applies the confinement of a confined session around the route's work. */
async function run(decl: RouteDeclaration, deps: BffDeps, ctx: RouteContext, logger: NonNullable<BffDeps['logger']>): Promise<unknown> {
  const confine = ctx.session.confined ? decl.confine : undefined;
  // An empty project id would make SCP's project filter match everything.
  if (confine && !ctx.session.user.projectId) throw new BffError(403, 'not_permitted', 'Your console account is not bound to a project; ask an operator to set one');
  const c: ConfineContext = {
    projectId: ctx.session.user.projectId, params: ctx.params, query: ctx.query, body: ctx.body,
    read: (entry, input) => ctx.call(entry, input),
  };
  if (confine?.body) ctx.body = c.body = confine.body(ctx.body, c);
  await confine?.before?.(c);
  let data: unknown;
  if (decl.handle) {
    data = await decl.handle(ctx);
  } else if (decl.op?.item) {
    const list = (await confine?.list?.(c)) ?? {};
    const call = { client: deps.client(), params: ctx.params, scope: ctx.session.scope, signal: ctx.req.signal, logger, requestId: ctx.requestId };
    data = await listPage(call, decl.op as ScpListOperationEntry, ctx.query, list);
  } else if (decl.op) {
    const query = Object.keys(ctx.query).length ? (ctx.query as Record<string, string>) : undefined;
    data = await ctx.call(decl.op, { params: ctx.params, query, body: ctx.body, clientToken: ctx.clientToken });
  }
  confine?.after?.(data, c);
  return data;
}
