import type { RouteSpec } from '../../http/context';
import { quotaListRoutes } from './list';
import { quotaSetRoutes } from './set';

/** Quotas: list with usage, and set (catalog §4.7). Reserving, committing and rollback are not simulated (501). */
export function quotaRoutes(): RouteSpec[] {
  return [...quotaListRoutes(), ...quotaSetRoutes()];
}
