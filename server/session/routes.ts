import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SignInError } from './errors';
import { assertSameOrigin, CrossOriginError } from './same-origin';
import type { CookieJar } from './session-data';
import type { Sessions } from './sessions';

/** The handlers of /api/session; app/api/session/route.ts only binds them to Next. */
export interface SessionRoutes {
  GET(req: Request): Promise<Response>;
  POST(req: Request): Promise<Response>;
  DELETE(req: Request): Promise<Response>;
}

const text = (max: number, trim: boolean) => {
  const s = z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });
  return (trim ? s.trim() : s).min(1, 'is required').max(max, `must be at most ${max} characters`);
};

/** Passwords are taken as typed: spaces may belong to them. */
const SignInBody = z.object({ username: text(256, true), password: text(1024, false) });

/** Sign-in bodies are two short strings; anything bigger is refused unread. */
const MAX_BODY_BYTES = 8 * 1024;

const NO_STORE = { 'cache-control': 'no-store' };

/** `{error:{code,message,scpCode?,requestId}}` with the given status. */
function errorResponse(status: number, code: string, message: string, requestId: string, scpCode?: number, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message, ...(scpCode === undefined ? {} : { scpCode }), requestId } }, { status, headers: { ...NO_STORE, ...headers } });
}

/** Reads and validates the sign-in body; a 400/413 Response naming the problem (never echoing a value) when it is not one. */
async function readSignIn(req: Request, requestId: string): Promise<z.infer<typeof SignInBody> | Response> {
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return errorResponse(413, 'invalid_request', 'The sign-in body is too large', requestId);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return errorResponse(400, 'invalid_request', 'The body must be JSON: {"username": "…", "password": "…"}', requestId);
  }
  const parsed = SignInBody.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || 'body';
  return errorResponse(400, 'invalid_request', `${field}: ${issue.message}`, requestId);
}

/** Route handlers over `sessions`, getting each request's cookie jar from `jarFor`. */
export function createSessionRoutes(sessions: () => Sessions, jarFor: () => Promise<CookieJar>): SessionRoutes {
  const fail = (err: unknown, requestId: string): Response => {
    if (err instanceof CrossOriginError) return errorResponse(err.status, err.code, err.message, requestId);
    if (err instanceof SignInError) {
      const { scpCode, retryAfterSeconds } = err.extra;
      return errorResponse(err.status, err.code, err.message, err.extra.requestId ?? requestId, scpCode, retryAfterSeconds ? { 'retry-after': String(retryAfterSeconds) } : {});
    }
    console.error(`[session] ${requestId}`, err);
    return errorResponse(500, 'internal', 'The console failed to handle the session request; see its log', requestId);
  };

  return {
    // GET /api/session — who is signed in
    async GET(req) {
      const requestId = randomUUID();
      try {
        const session = await sessions().currentSession(req, await jarFor());
        if (!session) return errorResponse(401, 'unauthenticated', 'Not signed in', requestId);
        const { username, role, projectId, projectName } = session.user;
        return Response.json({ username, role, projectId, projectName }, { headers: NO_STORE });
      } catch (err) {
        return fail(err, requestId);
      }
    },

    // POST /api/session — sign in with {username, password}
    async POST(req) {
      const requestId = randomUUID();
      try {
        assertSameOrigin(req);
        const body = await readSignIn(req, requestId);
        if (body instanceof Response) return body;
        const user = await sessions().signIn(req, await jarFor(), body.username, body.password);
        return Response.json(user, { headers: NO_STORE });
      } catch (err) {
        return fail(err, requestId);
      }
    },

    // DELETE /api/session — sign out
    async DELETE(req) {
      const requestId = randomUUID();
      try {
        assertSameOrigin(req);
        await sessions().signOut(req, await jarFor());
        return new Response(null, { status: 204, headers: NO_STORE });
      } catch (err) {
        return fail(err, requestId);
      }
    },
  };
}
