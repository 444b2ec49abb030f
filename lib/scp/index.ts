import { images } from './operations/images';
import { floatingIpPools, floatingIps, lineTypes, subnets, vpcs } from './operations/networks';
import { azs, hosts, overview, publicKey, storageTags } from './operations/platform';
import { projects, users } from './operations/projects';
import { quotas } from './operations/quotas';
import { servers } from './operations/servers';
import { snapshots } from './operations/snapshots';
import { tasks } from './operations/tasks';
import { storages, volumes } from './operations/volumes';
import type { ScpOperationEntry } from './registry';

/*
 * The SCP operation registry and the schemas of SCP objects. Safe for the
 * browser: plain data and zod schemas, no server code.
 */

/** Every SCP operation the console uses, by resource. */
export const operations = {
  servers, snapshots, tasks, images, azs, storageTags, hosts, overview, vpcs, subnets, floatingIps, floatingIpPools, lineTypes, quotas, projects, users, publicKey, volumes, storages,
};

/** The registry as a flat list (for checks over every entry). */
export function allOperations(): ScpOperationEntry[] {
  return Object.values(operations).flatMap((group) => Object.values(group) as ScpOperationEntry[]);
}

export { images, floatingIps, floatingIpPools, lineTypes, subnets, vpcs, azs, hosts, overview, publicKey, storageTags, projects, users, quotas, servers, snapshots, tasks };
export * from './operations/volumes';
export * from './registry';
export * from './schemas/az';
export * from './schemas/common';
export * from './schemas/ids';
export * from './schemas/image';
export * from './schemas/list-page';
export * from './schemas/network';
export * from './schemas/project';
export * from './schemas/quota';
export * from './schemas/server';
export * from './schemas/server-requests';
export * from './schemas/snapshot';
export * from './schemas/storage-tag';
export * from './schemas/task';
export * from './schemas/user';
