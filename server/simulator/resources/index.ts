import type { RouteSpec } from '../http/context';
import { authRoutes } from './auth';
import { imageRoutes } from './images';
import { networkRoutes } from './network';
import { platformRoutes } from './platform';
import { projectRoutes } from './projects';
import { quotaRoutes } from './quotas';
import { serverRoutes } from './servers';
import { taskRoutes } from './tasks';
import { volumeRoutes } from './volumes';

/** Every route the simulator implements. */
export function allRoutes(): RouteSpec[] {
  return [
    ...authRoutes(),
    ...taskRoutes(),
    ...platformRoutes(),
    ...projectRoutes(),
    ...quotaRoutes(),
    ...serverRoutes(),
    ...imageRoutes(),
    ...volumeRoutes(),
    ...networkRoutes(),
  ];
}
