import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE } from '@/lib/scp';

/** Query options of a tenant's quota rows in one AZ (GET /api/quotas?project_id=&az_id=), shared by every form that checks a request against them. */
export function quotaRowsQuery(projectId: string | null | undefined, azId: string | null | undefined) {
  const query = { project_id: projectId ?? '', az_id: azId ?? '', pageSize: MAX_PAGE_SIZE };
  return {
    queryKey: queryKeys.quotas.list(query),
    queryFn: async ({ signal }: { signal: AbortSignal }) => (await api.get('/api/quotas', { query, signal })).items,
    staleTime: 10_000,
  };
}
