import { sessionRoutes } from '@/server/session';

// GET /api/session — who is signed in
export const GET = (req: Request) => sessionRoutes.GET(req);

// POST /api/session — sign in with {username, password}
export const POST = (req: Request) => sessionRoutes.POST(req);

// DELETE /api/session — sign out
export const DELETE = (req: Request) => sessionRoutes.DELETE(req);
