'use client';

import { useQuery } from '@tanstack/react-query';
import { quotaRowsQuery } from '@/lib/resources/quotas/rows-query';

/** A tenant's quota rows in one AZ (GET /api/quotas?project_id=&az_id=); idle until both are known. */
export function useQuotaRows(projectId: string | undefined, azId: string | undefined, enabled = true) {
  return useQuery({ ...quotaRowsQuery(projectId, azId), enabled: enabled && !!projectId && !!azId });
}
