import { queryKeys } from '@/lib/query-keys';
import type { ResourceKind } from '../core/types';

/** Server snapshots (云主机快照): shown under their server, so a finished task refreshes the servers. */
export const snapshotKind: ResourceKind = {
  kind: 'snapshot',
  objectType: '云主机快照',
  invalidate: [queryKeys.servers.all],
};
