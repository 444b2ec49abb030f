import type { QueryKey } from '@tanstack/react-query';

/** The query keys of a resource: the prefix of all of them (what a finished task invalidates), each list's and each item's. */
export interface ResourceKeys {
  all: QueryKey;
  list: (query: Record<string, unknown>) => QueryKey;
  detail: (id: string) => QueryKey;
}

/**
 * A resource's query keys under one prefix, declared in its `kind.ts`
 * (lib/query-keys holds the keys that predate this and the console's own).
 */
export function resourceKeys(prefix: string): ResourceKeys {
  return { all: [prefix], list: (query) => [prefix, 'list', query], detail: (id) => [prefix, 'detail', id] };
}
