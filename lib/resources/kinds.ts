import { resourcePoolsNav } from './azs/nav';
import { floatingIpKind } from './floating-ips/kind';
import { imageKind } from './images/kind';
import { projectKind } from './projects/kind';
import { quotasNav } from './quotas/nav';
import { serverKind } from './servers/kind';
import { snapshotKind } from './snapshots/kind';
import { subnetKind } from './subnets/kind';
import { volumeKind } from './volumes/kind';
import { vpcKind } from './vpcs/kind';
import type { NavEntry, ResourceKind } from './core/types';

/*
 * Every resource's kind, read from its folder: lib/tasks derives the task
 * object kinds from these and lib/nav the navigation. It imports the small
 * `kind.ts` modules, not the declarations, so lib/tasks can read it while the
 * declarations' actions import lib/tasks.
 */

/** Every kind a task can act on, in the order the operation log offers SCP's object types. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [serverKind, snapshotKind, imageKind, volumeKind, vpcKind, subnetKind, floatingIpKind, projectKind];

/** The resources' pages in the navigation: those of the kinds, and the pages of resources no task acts on. */
export const RESOURCE_NAV: readonly NavEntry[] = [
  ...RESOURCE_KINDS.flatMap((k) => (k.nav ? [k.nav] : [])),
  quotasNav,
  resourcePoolsNav,
];
