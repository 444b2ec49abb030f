import 'server-only';
import { randomUUID } from 'node:crypto';
import type { RouteDeclaration } from './declaration';
import { consoleBffLogger, type BffDeps } from './deps';
import { BffError, describeUnexpected, errorResponse } from './errors';
import { handleRoute } from './handler';
import { allowHeader, answerOptions, methodNotAllowed, requestMethod, type RouteMethod } from './methods';
import { matchTemplate, requestSegments } from './path';
import { declarations as allDeclarations } from './routes';

/** A console API handler for Next's route exports. */
export type ApiHandler = (req: Request) => Promise<Response>;

/** The handlers app/api/[...path]/route.ts exports: one per method Next routes. */
export type Dispatcher = Record<RouteMethod, ApiHandler>;

/** More literal segments first, so `/api/tasks/batch` is tried before `/api/tasks/:task_id`. */
function specificity(d: RouteDeclaration): number {
  return d.template.segments.filter((s) => 'literal' in s).length;
}

/**
 * The console API's allowlist as one handler: a request is served only when a
 * declaration matches its method and path (after refusing encoded slashes and
 * dot segments). A path no declaration has is 404 `not_found`; a path declared
 * for other methods only is 405 `method_not_allowed` with Allow; HEAD is
 * served as GET (Node drops the body); OPTIONS answers Allow. More specific
 * Next routes (app/api/session) take precedence over the catch-all and never come here.
 */
export function createDispatcher(deps: BffDeps, declarations: readonly RouteDeclaration[] = allDeclarations): Dispatcher {
  const ordered = [...declarations].sort((a, b) => specificity(b) - specificity(a));
  const handle: ApiHandler = async (req) => {
    const requestId = randomUUID();
    try {
      const segments = requestSegments(req.url);
      const path = new URL(req.url).pathname;
      const matches = ordered.flatMap((decl) => {
        const params = matchTemplate(decl.template, segments);
        return params ? [{ decl, params }] : [];
      });
      if (matches.length === 0) throw new BffError(404, 'not_found', `The console API has no route ${requestMethod(req)} ${path}`);
      const allow = allowHeader(matches.map((m) => m.decl.method));
      if (req.method === 'OPTIONS') return answerOptions(req, allow, requestId);
      const served = req.method === 'HEAD' ? 'GET' : req.method;
      const hit = matches.find((m) => m.decl.method === served);
      if (!hit) return methodNotAllowed(req.method, path, allow, requestId);
      return await handleRoute(hit.decl, deps, req, hit.params, requestId);
    } catch (err) {
      if (err instanceof BffError) return errorResponse(err, requestId);
      (deps.logger ?? consoleBffLogger).error('dispatch failed', { requestId, ...describeUnexpected(err) });
      return errorResponse(new BffError(500, 'internal_error', `The console failed to handle this request; quote request ${requestId} to an operator`), requestId);
    }
  };
  return { GET: handle, HEAD: handle, OPTIONS: handle, POST: handle, PUT: handle, DELETE: handle, PATCH: handle };
}
