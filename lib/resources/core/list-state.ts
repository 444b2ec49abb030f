import { DEFAULT_PAGE_SIZE } from '@/lib/scp';
import type { Filter } from './types';

/*
 * A list view's state lives in the URL (`?page=2&pageSize=50&sort=name&order=desc&status=running`),
 * so a link reproduces the view and Back returns to the previous one. These
 * functions read and write it; nothing here knows about React or the router.
 */

/** Sort direction in the URL. */
export type SortOrder = 'asc' | 'desc';

/** One list view: page (from 1), page size, sort and the filters that are set. */
export interface ListState {
  page: number;
  pageSize: number;
  sort?: string;
  order: SortOrder;
  filters: Record<string, string>;
}

/** What the URL may hold for one resource: its page sizes, sortable fields and filters. */
export interface ListSpec {
  pageSizes: readonly number[];
  sortable: readonly string[];
  filters: readonly Pick<Filter, 'param' | 'accepts' | 'options'>[];
}

/** Page sizes offered when a resource names none; the console's default page size first. */
export const PAGE_SIZES: readonly number[] = [DEFAULT_PAGE_SIZE, 50, 100, 10];

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

/** Whether a filter accepts a value: its own check, else one of its fixed options, else any non-empty text. */
function acceptable(filter: ListSpec['filters'][number], value: string): boolean {
  if (filter.accepts) return filter.accepts(value);
  if (filter.options) return filter.options.some((o) => o.value === value);
  return value.trim() !== '' && value.length <= 100;
}

/**
 * The list state a URL describes. Anything the resource does not offer (an
 * unknown sort field, a page size not in the list, a filter value it would
 * refuse) falls back to the default instead of becoming a failing request.
 */
export function parseListState(params: { get(name: string): string | null }, spec: ListSpec): ListState {
  const sizes = spec.pageSizes.length ? spec.pageSizes : PAGE_SIZES;
  const size = positiveInt(params.get('pageSize'));
  const sort = params.get('sort') ?? undefined;
  const filters: Record<string, string> = {};
  for (const filter of spec.filters) {
    const value = params.get(filter.param);
    if (value !== null && acceptable(filter, value)) filters[filter.param] = value;
  }
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: size !== undefined && sizes.includes(size) ? size : sizes[0],
    sort: sort && spec.sortable.includes(sort) ? sort : undefined,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    filters,
  };
}

/** The URL query of a list state, defaults left out so equal views have equal URLs. */
export function listStateToSearch(state: ListState, spec: ListSpec): string {
  const sizes = spec.pageSizes.length ? spec.pageSizes : PAGE_SIZES;
  const out = new URLSearchParams();
  for (const filter of spec.filters) {
    const value = state.filters[filter.param];
    if (value) out.set(filter.param, value);
  }
  if (state.sort) {
    out.set('sort', state.sort);
    if (state.order === 'desc') out.set('order', 'desc');
  }
  if (state.pageSize !== sizes[0]) out.set('pageSize', String(state.pageSize));
  if (state.page > 1) out.set('page', String(state.page));
  return out.toString();
}

/** The console API query of a list state: paging, SCP's sort and order_by, and the filters. */
export function listStateToQuery(state: ListState): Record<string, string | number> {
  const query: Record<string, string | number> = { page: state.page, pageSize: state.pageSize, ...state.filters };
  if (state.sort) {
    query.sort = state.sort;
    query.order_by = state.order === 'desc' ? 'DESC' : 'ASC';
  }
  return query;
}

/** A change to the view: a new filter value, sort or page size starts again at page 1. */
export type ListChange =
  | { type: 'page'; page: number }
  | { type: 'pageSize'; pageSize: number }
  | { type: 'sort'; sort: string }
  | { type: 'filter'; param: string; value: string };

/** The state after a change. Sorting by the current field again flips the order. */
export function applyListChange(state: ListState, change: ListChange): ListState {
  switch (change.type) {
    case 'page':
      return { ...state, page: Math.max(1, change.page) };
    case 'pageSize':
      return { ...state, pageSize: change.pageSize, page: 1 };
    case 'sort':
      return state.sort === change.sort
        ? { ...state, order: state.order === 'asc' ? 'desc' : 'asc', page: 1 }
        : { ...state, sort: change.sort, order: 'asc', page: 1 };
    case 'filter': {
      const filters = { ...state.filters };
      if (change.value) filters[change.param] = change.value;
      else delete filters[change.param];
      return { ...state, filters, page: 1 };
    }
  }
}

/** The last page that holds items (1 for an empty list). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
