import type { RouteSpec } from '../../http/context';

/** Routes of this resource group. */
export function platformRoutes(): RouteSpec[] {
  return [];
}
