import 'server-only';
import type { RouteDeclaration } from '../declaration';
import { imageRoutes } from './images';
import { networkRoutes } from './networks';
import { platformRoutes } from './platform';
import { projectRoutes } from './projects';
import { quotaRoutes } from './quotas';
import { serverRoutes } from './servers';
import { snapshotRoutes } from './snapshots';
import { taskRoutes } from './tasks';

/** The console API's allowlist: every route the browser may call. Anything else is 404. */
export const declarations: readonly RouteDeclaration[] = [
  ...serverRoutes, ...snapshotRoutes, ...taskRoutes, ...imageRoutes, ...platformRoutes, ...networkRoutes, ...quotaRoutes, ...projectRoutes,
];
