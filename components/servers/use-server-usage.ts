'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, type ServerDetail } from '@/lib/scp';

/**
 * What only SCP's server list reports of a server (power state, CPU, memory
 * and storage use): the list filtered by its name and AZ, the server picked by
 * id. The detail has none of it (catalog §4.8.3 vs §4.8.2).
 */
export function useServerUsage(server: Pick<ServerDetail, 'id' | 'name' | 'az_id' | 'status'> | undefined) {
  const query = server
    ? { name: server.name, pageSize: MAX_PAGE_SIZE, ...(server.az_id ? { az_id: server.az_id } : {}), ...(server.status === 'deleted' ? { status: 'deleted' } : {}) }
    : {};
  return useQuery({
    queryKey: queryKeys.servers.list(query),
    queryFn: ({ signal }) => api.get('/api/servers', { query, signal }),
    enabled: !!server,
    select: (page) => page.items.find((s) => s.id === server?.id),
    refetchInterval: 30_000,
    refetchIntervalInBackground: false,
  });
}
