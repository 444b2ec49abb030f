'use client';

import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { lineTypesQuery } from '@/lib/resources/floating-ips/lookups';
import { projectsQuery } from '@/lib/resources/core/lookups';
import type { QuotaScope } from '@/lib/resources/quotas/view';

/** What useQuotaScope answers: the scope once every read is in, the storage tags' names, and the state of the reads. */
export interface QuotaScopeState {
  scope?: QuotaScope;
  storageTags: ReadonlyMap<string, string>;
  /** The tenant's resource pools; empty for a tenant just created. */
  azIds: string[];
  isError: boolean;
  error: unknown;
  refetch: () => void;
}

/**
 * What an admin may give a tenant quotas on (catalog §4.7): the tenant's AZs
 * (from the tenant list), every storage tag of each (the admin's view of
 * `/storages/tags`, not the tenant's, which lists only tags it already has
 * quota on) and the platform's line types. Off for tenants, who cannot set quotas.
 */
export function useQuotaScope(projectId: string, enabled: boolean): QuotaScopeState {
  const projects = useQuery({ ...projectsQuery, enabled });
  const azIds = (projects.data?.items.find((p) => p.id === projectId)?.azs ?? []).map((az) => az.az_id);
  const lineTypes = useQuery({ ...lineTypesQuery(), enabled });
  const tags = useQueries({
    queries: azIds.map((azId) => ({
      queryKey: [...queryKeys.storageTags.list(azId), { az_id: azId }],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/storages/tags', { query: { az_id: azId }, signal }),
      enabled,
      staleTime: 60_000,
    })),
  });
  const reads = [projects, lineTypes, ...tags];
  const failed = reads.find((r) => r.isError);
  const storageTags = new Map(tags.flatMap((r) => r.data?.items ?? []).map((tag) => [tag.id, tag.name]));
  const ready = enabled && reads.every((r) => r.data !== undefined);
  return {
    scope: ready
      ? {
          azs: azIds.map((azId, i) => ({ azId, storageTagIds: (tags[i].data?.items ?? []).map((tag) => tag.id) })),
          lineTypeIds: (lineTypes.data?.linetypes ?? []).map((lt) => lt.id),
        }
      : undefined,
    storageTags,
    azIds,
    isError: !!failed,
    error: failed?.error,
    refetch: () => reads.filter((r) => r.isError).forEach((r) => void r.refetch()),
  };
}
