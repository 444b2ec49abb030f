import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, type Quota } from '@/lib/scp';

/** Query options of every quota row of a tenant, page after page (SCP may have many NFV and database SKUs). */
export function quotasQuery(projectId: string) {
  const query = { project_id: projectId, pageSize: MAX_PAGE_SIZE };
  return {
    queryKey: queryKeys.quotas.list(query),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<Quota[]> => {
      const rows: Quota[] = [];
      for (let page = 1; ; page += 1) {
        const answer = await api.get('/api/quotas', { query: { ...query, page }, signal });
        rows.push(...answer.items);
        if (!answer.items.length || rows.length >= answer.total) return rows;
      }
    },
  };
}
