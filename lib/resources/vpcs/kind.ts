import { queryKeys } from '@/lib/query-keys';
import { ADMIN_TENANT } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/vpcs';

/** VPCs (VPC网络): a finished task refreshes their subnets too, which the VPC list counts. */
export const vpcKind: ResourceKind = {
  kind: 'vpc',
  objectType: 'VPC网络',
  href: () => path,
  invalidate: [queryKeys.vpcs.all, queryKeys.subnets.all],
  nav: { id: 'vpcs', path, labelKey: 'nav.vpcs', roles: ADMIN_TENANT, order: 30, section: 'network' },
};
