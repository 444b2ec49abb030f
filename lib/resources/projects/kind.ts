import { queryKeys } from '@/lib/query-keys';
import { ADMIN } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/tenants';

/** Tenants (租户), for platform admins: a finished task refreshes their quotas too. */
export const projectKind: ResourceKind = {
  kind: 'project',
  objectType: '租户',
  href: () => path,
  invalidate: [queryKeys.projects.all, queryKeys.quotas.all],
  nav: { id: 'tenants', path, labelKey: 'nav.tenants', roles: ADMIN, order: 70, section: 'platform' },
};
