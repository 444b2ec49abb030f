import 'server-only';
import { buildDeclarations, type RouteDeclaration, type RouteHandlers } from '../declaration';
import { imageHandlers } from './images';
import { routeScopes } from './scopes';
import { taskHandlers } from './tasks';

/** The routes with custom work: the streamed image upload and the console's own batch task read. */
const handlers: RouteHandlers = { ...imageHandlers, ...taskHandlers };

/** The console API's allowlist: every route the browser may call. Anything else is 404. */
export const declarations: readonly RouteDeclaration[] = buildDeclarations(routeScopes, handlers);
