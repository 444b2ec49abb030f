import { queryKeys } from '@/lib/query-keys';
import type { ResourceKind } from '../core/types';

/** Volumes (卷), with no page yet: the servers show their disks, so a finished task refreshes the servers. */
export const volumeKind: ResourceKind = {
  kind: 'volume',
  objectType: '卷',
  invalidate: [queryKeys.servers.all],
};
