import { queryKeys } from '@/lib/query-keys';
import { ADMIN_TENANT } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/subnets';

/** Subnets (子网): an object's link is the subnet list; a change refreshes the VPCs too, which count their subnets. */
export const subnetKind: ResourceKind = {
  kind: 'subnet',
  objectType: '子网',
  href: () => path,
  invalidate: [queryKeys.subnets.all, queryKeys.vpcs.all],
  nav: { id: 'subnets', path, labelKey: 'nav.subnets', roles: ADMIN_TENANT, order: 31, section: 'network' },
};
