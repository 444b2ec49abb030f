import { z } from 'zod';

/** SCP's page size limit (catalog §1.4). */
export const MAX_PAGE_SIZE = 100;

/** The console's default page size for list views. */
export const DEFAULT_PAGE_SIZE = 20;

/** An SCP list page (the `data` of a list answer); `next_page_num` is undefined when SCP sent none. */
export interface ScpListPage<T> {
  total_size: number;
  page_num: number;
  page_size: number;
  next_page_num?: string;
  data: T[];
}

/**
 * The schema of an SCP list page of `item`. It accepts the documented drift: a
 * numeric `next_page_num`, missing counters, and a bare array instead of the
 * list envelope (several samples print one, and storage tags always do).
 */
export function scpListPage<T extends z.ZodType>(item: T): z.ZodType<ScpListPage<z.output<T>>> {
  return z.preprocess(
    (v) => (Array.isArray(v) ? { data: v, total_size: v.length, next_page_num: '' } : v),
    z.object({
      total_size: z.coerce.number().int().default(0),
      page_num: z.coerce.number().int().default(0),
      page_size: z.coerce.number().int().default(0),
      next_page_num: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? undefined : String(v))),
      data: z.array(item),
    }),
  ) as z.ZodType<ScpListPage<z.output<T>>>;
}

/** A field list for `sort` (`name` or `name,created_at`): letters, digits and underscores only. */
const SortFields = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(,[A-Za-z_][A-Za-z0-9_]*)*$/, { error: 'must be field names separated by commas' });

/**
 * What every console list accepts besides its filters: a 1-based `page`, a
 * `pageSize` of at most 100, and SCP's own `sort` and `order_by`. The BFF turns
 * page and pageSize into SCP's 0-based `page_num` and `page_size`.
 */
export const ListQueryShape = {
  page: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }).default(1),
  pageSize: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1 or more' }).max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` }).default(DEFAULT_PAGE_SIZE),
  sort: SortFields.optional(),
  order_by: z.string().transform((v) => v.toUpperCase()).pipe(z.string().regex(/^(ASC|DESC)(,(ASC|DESC))*$/, { error: 'must be ASC or DESC (one per sort field)' })).optional(),
};

/** A list query: paging and sorting plus the given filters (all query values are strings). */
export function listQuery<S extends z.ZodRawShape>(filters: S) {
  return z.strictObject({ ...ListQueryShape, ...filters });
}

/** A list page as the console API answers it: `page` counts from 1. */
export interface ConsolePage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
