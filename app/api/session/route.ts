import { routeMethods } from '@/server/bff';
import { sessionRoutes } from '@/server/session';

// Any other method is a JSON 405 with Allow; HEAD is GET, OPTIONS answers Allow.
const methods = routeMethods({
  // GET /api/session — who is signed in
  GET: (req) => sessionRoutes.GET(req),
  // POST /api/session — sign in with {username, password}
  POST: (req) => sessionRoutes.POST(req),
  // DELETE /api/session — sign out
  DELETE: (req) => sessionRoutes.DELETE(req),
});

export const GET = methods.GET;
export const HEAD = methods.HEAD;
export const OPTIONS = methods.OPTIONS;
export const POST = methods.POST;
export const PUT = methods.PUT;
export const DELETE = methods.DELETE;
export const PATCH = methods.PATCH;
