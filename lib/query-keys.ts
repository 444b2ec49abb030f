/**
 * Every TanStack Query key comes from here (architecture principle 5), so a
 * mutation or a finished task can invalidate by prefix: `queryKeys.servers.all`
 * covers every server list and detail.
 */
export const queryKeys = {
  session: ['session'] as const,
  servers: {
    all: ['servers'] as const,
    list: (query: Record<string, unknown>) => ['servers', 'list', query] as const,
    detail: (id: string) => ['servers', 'detail', id] as const,
    snapshots: (id: string) => ['servers', 'detail', id, 'snapshots'] as const,
  },
  tasks: {
    all: ['tasks'] as const,
    list: (query: Record<string, unknown>) => ['tasks', 'list', query] as const,
    detail: (id: string) => ['tasks', 'detail', id] as const,
    batch: (ids: readonly string[]) => ['tasks', 'batch', [...ids].sort()] as const,
  },
  images: { all: ['images'] as const, list: (query: Record<string, unknown>) => ['images', 'list', query] as const },
  vpcs: { all: ['vpcs'] as const, list: (query: Record<string, unknown>) => ['vpcs', 'list', query] as const },
  subnets: { all: ['subnets'] as const, list: (query: Record<string, unknown>) => ['subnets', 'list', query] as const },
  floatingIps: {
    all: ['floatingips'] as const,
    list: (query: Record<string, unknown>) => ['floatingips', 'list', query] as const,
    lineTypes: (query: Record<string, unknown>) => ['floatingips', 'linetypes', query] as const,
    pools: ['floatingips', 'pools'] as const,
  },
  quotas: { all: ['quotas'] as const, list: (query: Record<string, unknown>) => ['quotas', 'list', query] as const },
  azs: {
    all: ['azs'] as const,
    detail: (id: string) => ['azs', 'detail', id] as const,
    overview: (id: string) => ['azs', 'overview', id] as const,
  },
  storageTags: { all: ['storage-tags'] as const, list: (azId: string) => ['storage-tags', azId] as const },
  projects: {
    all: ['projects'] as const,
    list: (query: Record<string, unknown>) => ['projects', 'list', query] as const,
    filterOptions: ['projects', 'filter-options'] as const,
  },
  overview: {
    /** The platform overview (GET /api/overview without an AZ). */
    platform: ['overview', 'platform'] as const,
    /** A figure of the overview page from a resource's list (a total), under the resource's prefix so its refreshes reach it. */
    figure: (prefix: readonly [string], query: Record<string, unknown>) => [...prefix, 'overview', query] as const,
  },
} as const;
