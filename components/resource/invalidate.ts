import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * Marks every query under any of `keys` stale at once, then refetches the
 * ones on screen. One call, not one per key: a list refetched for the first
 * key must not read another key's cached answer (the servers a shared disk is
 * attached to) before that one is marked stale too.
 */
export function invalidateKeys(client: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => keys.some((key) => partialMatchKey(query.queryKey, key)) });
}

/** What a finished task on a resource makes stale: its own queries and what its kind's tasks change elsewhere, each prefix once. */
export function staleKeysOf(resource: { list: { all: QueryKey }; invalidate: readonly QueryKey[] }): QueryKey[] {
  const keys = [resource.list.all, ...resource.invalidate];
  return keys.filter((key, i) => keys.findIndex((k) => JSON.stringify(k) === JSON.stringify(key)) === i);
}
