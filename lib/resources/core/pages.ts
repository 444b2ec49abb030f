import type { QueryKey } from '@tanstack/react-query';
import type { ConsolePage } from '@/lib/scp';
import type { CachedRead } from './types';

/** A page of a list as a cached read: its key and request. */
export interface PageQuery<I> {
  queryKey: QueryKey;
  queryFn: (ctx: { signal: AbortSignal }) => Promise<ConsolePage<I>>;
  staleTime?: number;
}

/**
 * Every item of a list the console hands out a page at a time (100 at most):
 * the first page says how many there are, and the others are then read all
 * at once, each through the cache — as many requests as there are pages, and
 * one for a list that fits in one. A page that cannot be read adds nothing,
 * as a first page that cannot be read leaves none.
 */
export async function everyPage<I>(read: CachedRead, page: (n: number) => PageQuery<I>): Promise<I[]> {
  const first = await read(page(1)).catch(() => undefined);
  if (!first) return [];
  const size = first.pageSize || first.items.length;
  const count = size > 0 ? Math.ceil(first.total / size) : 1;
  const rest = await Promise.all(Array.from({ length: Math.max(0, count - 1) }, (_, i) => read(page(i + 2)).then((p) => p.items, () => [])));
  return [...first.items, ...rest.flat()];
}
