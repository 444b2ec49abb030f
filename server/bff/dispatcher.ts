import 'server-only';
import { randomUUID } from 'node:crypto';
import type { RouteDeclaration } from './declaration';
import { consoleBffLogger, type BffDeps } from './deps';
import { BffError, describeUnexpected, errorResponse } from './errors';
import { handleRoute } from './handler';
import { matchTemplate, requestSegments } from './path';
import { declarations as allDeclarations } from './routes';

/** A console API handler for Next's route exports. */
export type ApiHandler = (req: Request) => Promise<Response>;

/** The handlers app/api/[...path]/route.ts exports. */
export interface Dispatcher {
  GET: ApiHandler;
  POST: ApiHandler;
  PUT: ApiHandler;
  DELETE: ApiHandler;
}

/** More literal segments first, so `/api/tasks/batch` is tried before `/api/tasks/:task_id`. */
function specificity(d: RouteDeclaration): number {
  return d.template.segments.filter((s) => 'literal' in s).length;
}

/**
 * The console API's allowlist as one handler: a request is served only when a
 * declaration matches its method and path (after refusing encoded slashes and
 * dot segments); anything else is 404 `not_found`. More specific Next routes
 * (app/api/session) take precedence over the catch-all and never come here.
 */
export function createDispatcher(deps: BffDeps, declarations: readonly RouteDeclaration[] = allDeclarations): Dispatcher {
  const ordered = [...declarations].sort((a, b) => specificity(b) - specificity(a));
  const handle: ApiHandler = async (req) => {
    const requestId = randomUUID();
    try {
      const segments = requestSegments(req.url);
      for (const decl of ordered) {
        if (decl.method !== req.method) continue;
        const params = matchTemplate(decl.template, segments);
        if (params) return await handleRoute(decl, deps, req, params, requestId);
      }
      throw new BffError(404, 'not_found', `The console API has no route ${req.method} ${new URL(req.url).pathname}`);
    } catch (err) {
      if (err instanceof BffError) return errorResponse(err, requestId);
      (deps.logger ?? consoleBffLogger).error('dispatch failed', { requestId, ...describeUnexpected(err) });
      return errorResponse(new BffError(500, 'internal_error', `The console failed to handle this request; quote request ${requestId} to an operator`), requestId);
    }
  };
  return { GET: handle, POST: handle, PUT: handle, DELETE: handle };
}
