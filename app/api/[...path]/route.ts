import { createDispatcher } from '@/server/bff';
import { getConfig } from '@/server/config';
import { getScpClient } from '@/server/scp';
import { currentSession } from '@/server/session';

/*
 * The console API: every /api route not served by a more specific route file
 * (app/api/session) comes here and is answered from the BFF's allowlist.
 */
const dispatcher = createDispatcher({
  loadSession: currentSession,
  client: getScpClient,
  rsaPadding: () => getConfig().scp.rsaPadding,
});

export const GET = dispatcher.GET;
export const POST = dispatcher.POST;
export const PUT = dispatcher.PUT;
export const DELETE = dispatcher.DELETE;
