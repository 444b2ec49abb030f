import type { RouteSpec } from '../../http/context';
import { serverAccessRoutes } from './access';
import { serverAllocationRoutes } from './allocation';
import { serverBatchRoutes } from './batch';
import { serverCloneRoutes } from './clone';
import { serverCreateRoutes } from './create';
import { serverDeleteRoutes } from './delete';
import { serverEditRoutes } from './edit';
import { serverPowerRoutes } from './power';
import { serverReadRoutes } from './read';
import { serverSnapshotRoutes } from './snapshots';

/**
 * Servers (云主机, catalog §4.8): list/detail, create, edit, delete and the
 * recycle bin, power actions, batch actions, clone, snapshots, console and
 * password reset, allocation. Migrate is left to the automatic 501.
 */
export function serverRoutes(): RouteSpec[] {
  return [
    ...serverReadRoutes(),
    ...serverCreateRoutes(),
    ...serverEditRoutes(),
    ...serverDeleteRoutes(),
    ...serverPowerRoutes(),
    ...serverBatchRoutes(),
    ...serverCloneRoutes(),
    ...serverSnapshotRoutes(),
    ...serverAccessRoutes(),
    ...serverAllocationRoutes(),
  ];
}
