import { queryKeys } from '@/lib/query-keys';
import { ADMIN_TENANT } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/subnets';

/** Subnets (子网): an object's link is the subnet list. */
export const subnetKind: ResourceKind = {
  kind: 'subnet',
  objectType: '子网',
  href: () => path,
  invalidate: [queryKeys.subnets.all],
  nav: { id: 'subnets', path, labelKey: 'nav.subnets', roles: ADMIN_TENANT, order: 31, section: 'network' },
};
