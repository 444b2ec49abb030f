'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE } from '@/lib/scp';

/** A tenant's quota rows in one AZ (GET /api/quotas?project_id=&az_id=); idle until both are known. */
export function useQuotaRows(projectId: string | undefined, azId: string | undefined, enabled = true) {
  const query = { project_id: projectId ?? '', az_id: azId ?? '', pageSize: MAX_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.quotas.list(query),
    queryFn: async ({ signal }) => (await api.get('/api/quotas', { query, signal })).items,
    enabled: enabled && !!projectId && !!azId,
    staleTime: 10_000,
  });
}
