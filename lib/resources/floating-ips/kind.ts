import { queryKeys } from '@/lib/query-keys';
import { ADMIN_TENANT } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/floating-ips';

/** Floating IPs (弹性IP): binding one changes its server too, so a finished task refreshes the servers. */
export const floatingIpKind: ResourceKind = {
  kind: 'floatingIp',
  objectType: '弹性IP',
  href: () => path,
  invalidate: [queryKeys.floatingIps.all, queryKeys.servers.all],
  nav: { id: 'floating-ips', path, labelKey: 'nav.floatingIps', roles: ADMIN_TENANT, order: 32, section: 'network' },
};
