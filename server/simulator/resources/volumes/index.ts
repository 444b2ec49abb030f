import type { RouteSpec } from '../../http/context';
import { createVolumeRoute } from './create';
import { deleteVolumeRoute } from './delete';
import { volumeReadRoutes } from './list';

/** Volume (shared disk) routes, platform admin only (catalog §4.12). */
export function volumeRoutes(): RouteSpec[] {
  return [...volumeReadRoutes, createVolumeRoute, deleteVolumeRoute];
}
