import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE } from '@/lib/scp';

/*
 * Reads the floating-IP views share: line types and (for platform admins)
 * floating-IP pools, under the floating IPs' query prefix so their refresh
 * covers them.
 */

/** Query options of line types: those usable in an AZ (a floating-IP pool there and, for a tenant, quota) with `azId`, else all. */
export function lineTypesQuery(azId?: string) {
  const query = azId ? { az_id: azId, available_only: 'true' as const } : {};
  return {
    queryKey: queryKeys.floatingIps.lineTypes(query),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/linetypes', { query, signal }),
    staleTime: 60_000,
  };
}

/** Query options of the floating-IP pools (platform admins). */
export const floatingIpPoolsQuery = {
  queryKey: queryKeys.floatingIps.pools,
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/floatingippools', { query: { pageSize: MAX_PAGE_SIZE }, signal }),
  staleTime: 60_000,
};
