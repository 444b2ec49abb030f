import { queryKeys } from '@/lib/query-keys';
import { ADMIN } from '@/lib/scp';
import { resourceKeys } from '../core/keys';
import type { ResourceKind } from '../core/types';

const path = '/volumes';
const keys = resourceKeys('volumes');

/** Shared disks (卷), platform admins' (catalog §4.12): a finished task refreshes them and the servers, whose disks they are. */
export const volumeKind = {
  kind: 'volume',
  objectType: '卷',
  keys,
  href: (id: string) => `${path}/${id}`,
  invalidate: [keys.all, queryKeys.servers.all],
  nav: { id: 'volumes', path, labelKey: 'nav.volumes', roles: ADMIN, order: 11, section: 'compute' },
} satisfies ResourceKind;
