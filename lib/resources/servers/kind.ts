import { queryKeys } from '@/lib/query-keys';
import { ADMIN_TENANT } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/servers';

/** Servers (云主机) as tasks, the operation log and the navigation know them: each has a detail page. */
export const serverKind: ResourceKind = {
  kind: 'server',
  objectType: '云主机',
  href: (id) => `${path}/${encodeURIComponent(id)}`,
  // A server's tasks change what its tenant's quota has left (an edit's disks, a delete).
  invalidate: [queryKeys.servers.all, queryKeys.quotas.all],
  nav: { id: 'servers', path, labelKey: 'nav.servers', roles: ADMIN_TENANT, order: 10, section: 'compute' },
};
