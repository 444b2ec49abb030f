import { createDispatcher } from '@/server/bff';
import { getConfig } from '@/server/config';
import { getScpClient } from '@/server/scp';
import { currentSession } from '@/server/session';

/*
 * The console API: every /api route not served by a more specific route file
 * (app/api/session) comes here and is answered from the BFF's allowlist. Every
 * method Next routes is exported, so the dispatcher answers 405 with the path's
 * Allow list (Next's own 405 has none), HEAD as GET, and OPTIONS.
 */
const dispatcher = createDispatcher({
  loadSession: currentSession,
  client: getScpClient,
  rsaPadding: () => getConfig().scp.rsaPadding,
});

export const GET = dispatcher.GET;
export const HEAD = dispatcher.HEAD;
export const OPTIONS = dispatcher.OPTIONS;
export const POST = dispatcher.POST;
export const PUT = dispatcher.PUT;
export const DELETE = dispatcher.DELETE;
export const PATCH = dispatcher.PATCH;
