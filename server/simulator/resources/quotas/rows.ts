import { GLOBAL_AZ_ID, type Store } from '../../state/store';
import type { Quota } from '../../state/types';

/** The AZs a quota row reports: GLOBAL_AZ_ID for global rows; for pool rows each AZ with a limit or associated with the tenant. */
export function quotaAzIds(store: Store, q: Quota): string[] {
  if (q.category === 'global') return [GLOBAL_AZ_ID];
  return [...new Set([...Object.keys(q.limits), ...(store.projects.get(q.project_id)?.az_ids ?? [])])];
}

/** The row of a tenant for a resource key, if it has one. */
export function findQuota(store: Store, projectId: string, namespace: string, resource: string): Quota | undefined {
  for (const q of store.quotas.values()) if (q.project_id === projectId && q.namespace === namespace && q.resource === resource) return q;
  return undefined;
}
