import type { RouteSpec } from '../../http/context';
import { azRoutes } from './azs';
import { hostRoutes } from './hosts';
import { overviewRoutes } from './overview';
import { storageTagRoutes } from './storage-tags';
import { storageRoutes } from './storages';

/** Resource pools, overview, hosts, storage tags and storages (catalog §4.3, §4.10). */
export function platformRoutes(): RouteSpec[] {
  return [...azRoutes(), ...overviewRoutes(), ...hostRoutes(), ...storageTagRoutes(), ...storageRoutes()];
}
