import { badRequest } from '../errors';

/** SCP's list envelope (catalog §1.4). `next_page_num` is a string, `""` on the last page. */
export interface ListPage<T> {
  total_size: number;
  page_num: number;
  page_size: number;
  next_page_num: string;
  data: T[];
}

/** A filter takes the query value and keeps the items that match it. */
export type Filter<T> = (item: T, value: string) => boolean;

export const MAX_PAGE_SIZE = 100;

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw badRequest(`${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

/** Reads `page_num` / `page_size` with SCP's rules: page from 0, size 1..100, default 100. */
export function readPaging(query: URLSearchParams): { pageNum: number; pageSize: number } {
  const pageNum = intParam(query, 'page_num', 0);
  const pageSize = intParam(query, 'page_size', MAX_PAGE_SIZE);
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badRequest(`page_size must be between 1 and ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return { pageNum, pageSize };
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Code-point order, like a database's binary collation; localeCompare is ~10× slower over 20k rows.
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** How a list sorts: the documented field names, how to read one where the item stores it differently, the order without `sort`. */
export interface SortSpec<T> {
  /** The documented sort fields: the only names `sort` accepts. */
  fields: readonly string[];
  /** Where a documented field is stored under another name (`begin_time` → `created_ms`). */
  keys?: Partial<Record<string, (item: T) => unknown>>;
  /** The field the list is ordered by when `sort` is absent; without one, the store's (creation) order. */
  defaultField?: string;
  /** The direction when `order_by` is absent too; SCP's default is ASC. */
  defaultOrder?: 'ASC' | 'DESC';
}

/**
 * Sorts by `sort=f1,f2` with `order_by=ASC|DESC` (one value for all, or one per field).
 * An unknown field is a 400 naming it, so a typo never silently changes the order.
 */
export function sortItems<T extends object>(items: T[], query: URLSearchParams, spec: readonly string[] | SortSpec<T>): T[] {
  const { fields: sortable, keys = {}, defaultField, defaultOrder = 'ASC' } = Array.isArray(spec) ? { fields: spec } as SortSpec<T> : spec as SortSpec<T>;
  const sortRaw = query.get('sort');
  const orderRaw = query.get('order_by');
  const orders = (orderRaw || (sortRaw ? 'ASC' : defaultOrder)).split(',').map((o) => o.trim().toUpperCase());
  for (const o of orders) if (o !== 'ASC' && o !== 'DESC') throw badRequest(`order_by must be ASC or DESC, got "${o}"`);
  const fields = sortRaw ? sortRaw.split(',').map((f) => f.trim()).filter(Boolean) : defaultField ? [defaultField] : [];
  if (!fields.length) return orders[0] === 'DESC' ? [...items].reverse() : items;
  for (const f of fields) {
    if (!sortable.includes(f)) throw badRequest(`sort field "${f}" is not supported; use one of: ${sortable.join(', ')}`);
  }
  const readers = fields.map((f) => keys[f] ?? ((item: T) => (item as Record<string, unknown>)[f]));
  const dirs = fields.map((_, i) => (orders[Math.min(i, orders.length - 1)] === 'DESC' ? -1 : 1));
  // Ties keep creation order in the last field's direction, so DESC is exactly ASC reversed.
  const last = dirs[dirs.length - 1];
  return items.map((item, index) => ({ item, index })).sort((x, y) => {
    for (let i = 0; i < fields.length; i++) {
      const c = compareValues(readers[i](x.item), readers[i](y.item));
      if (c !== 0) return c * dirs[i];
    }
    return (x.index - y.index) * last;
  }).map((e) => e.item);
}

/** `fields=a,b` projection. Unknown names are ignored, as SCP returns what it has. */
export function project(item: Record<string, unknown>, fields: string[] | undefined): Record<string, unknown> {
  if (!fields) return item;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f in item) out[f] = item[f];
  return out;
}

export interface ListOptions<T> {
  filters?: Record<string, Filter<T>>;
  /** Documented sort fields, or the whole sort spec where a field is stored under another name. */
  sortable?: readonly string[] | SortSpec<T>;
  render: (item: T) => Record<string, unknown>;
}

/** Filters, sorts, pages and renders: the whole of a documented SCP list. Only the page is rendered. */
export function listPage<T extends object>(
  items: Iterable<T>,
  query: URLSearchParams,
  opts: ListOptions<T>,
): ListPage<Record<string, unknown>> {
  const { pageNum, pageSize } = readPaging(query);
  let rows = Array.isArray(items) ? (items as T[]) : [...items];
  for (const [name, filter] of Object.entries(opts.filters ?? {})) {
    const value = query.get(name);
    if (value !== null && value !== '') rows = rows.filter((item) => filter(item, value));
  }
  rows = sortItems(rows, query, opts.sortable ?? []);
  const start = pageNum * pageSize;
  const fieldsRaw = query.get('fields');
  const fields = fieldsRaw ? fieldsRaw.split(',').map((f) => f.trim()).filter(Boolean) : undefined;
  const data = rows.slice(start, start + pageSize).map((item) => project(opts.render(item), fields));
  return {
    total_size: rows.length,
    page_num: pageNum,
    page_size: pageSize,
    next_page_num: start + pageSize < rows.length ? String(pageNum + 1) : '',
    data,
  };
}

/** Filter: the field equals the value, or one of a comma-separated list of values. */
export function eq<T>(field: keyof T): Filter<T> {
  return (item, value) => value.split(',').some((v) => String(item[field]) === v.trim());
}

/** Filter: case-insensitive substring of the field. */
export function contains<T>(field: keyof T): Filter<T> {
  return (item, value) => String(item[field] ?? '').toLowerCase().includes(value.toLowerCase());
}
