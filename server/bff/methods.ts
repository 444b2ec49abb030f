import 'server-only';
import { randomUUID } from 'node:crypto';
import { BffError, errorResponse } from './errors';

/**
 * Where scripts/serve-console.mjs names a method Next cannot route (TRACE,
 * CONNECT…), handing the request on as OPTIONS; the same name as METHOD_HEADER
 * in scripts/lib/request-guard.mjs (a test keeps them equal). The header can
 * only turn an OPTIONS into a 405, so a client that sends it itself gains nothing.
 */
export const METHOD_HEADER = 'x-scp-console-method';

/** The methods Next's route handlers may export (next/dist/server/web/http.js HTTP_METHODS). */
export const ROUTE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** One of ROUTE_METHODS. */
export type RouteMethod = (typeof ROUTE_METHODS)[number];

/** A route handler as Next calls it. */
export type MethodHandler = (req: Request) => Response | Promise<Response>;

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** The Allow header of a path that serves `methods`: HEAD comes with GET, and OPTIONS is always answered. */
export function allowHeader(methods: Iterable<string>): string {
  const all = new Set(methods);
  if (all.has('GET')) all.add('HEAD');
  all.add('OPTIONS');
  return ORDER.filter((m) => all.has(m)).join(', ');
}

/** The method the client sent: on OPTIONS, the one the edge named in METHOD_HEADER, if any. */
export function requestMethod(req: Request): string {
  return (req.method === 'OPTIONS' && req.headers.get(METHOD_HEADER)?.toUpperCase()) || req.method;
}

/** 405 `method_not_allowed` naming the method and the path's methods, with Allow. */
export function methodNotAllowed(method: string, path: string, allow: string, requestId: string): Response {
  const res = errorResponse(new BffError(405, 'method_not_allowed', `${method} is not allowed on ${path}; it allows ${allow}`), requestId);
  res.headers.set('allow', allow);
  return res;
}

/** What OPTIONS answers: 204 with Allow, or 405 when the edge named another method. */
export function answerOptions(req: Request, allow: string, requestId: string): Response {
  const method = requestMethod(req);
  if (method !== 'OPTIONS') return methodNotAllowed(method, new URL(req.url).pathname, allow, requestId);
  return new Response(null, { status: 204, headers: { allow, 'cache-control': 'no-store' } });
}

/**
 * Every method export of a route file with fixed methods (app/api/session):
 * the given handlers, HEAD as GET, OPTIONS with Allow, and a JSON 405 with
 * Allow for the rest (Next's own 405 has neither).
 */
export function routeMethods(handlers: Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH', MethodHandler>>): Record<RouteMethod, MethodHandler> {
  const allow = allowHeader(Object.keys(handlers));
  const refuse: MethodHandler = (req) => methodNotAllowed(req.method, new URL(req.url).pathname, allow, randomUUID());
  return {
    GET: handlers.GET ?? refuse,
    HEAD: handlers.GET ?? refuse,
    POST: handlers.POST ?? refuse,
    PUT: handlers.PUT ?? refuse,
    DELETE: handlers.DELETE ?? refuse,
    PATCH: handlers.PATCH ?? refuse,
    OPTIONS: (req) => answerOptions(req, allow, randomUUID()),
  };
}
