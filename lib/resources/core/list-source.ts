import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, consoleApi, type ConsoleRouteKey, type ResponseOf } from '@/lib/api';
import type { ConsoleApi } from '@/lib/api/routes';
import type { ConsolePage } from '@/lib/scp';
import type { ListContext, ListSource } from './types';

/*
 * A resource's list comes from one console API list route: its query keys,
 * the page it answers for the URL's query, and the route's query schema, which
 * the URL's filter values are checked against (core/filters) before they are
 * sent. Declarations name the route once; this is the fetch they all share.
 */

/** The console API's list routes without path parameters: `/api/servers`, `/api/vpcs`… */
export type ListPath = {
  [K in ConsoleRouteKey]: K extends `GET ${infer P}` ? (P extends `${string}:${string}` ? never : ConsoleApi[K] extends { item: z.ZodType } ? P : never) : never;
}[ConsoleRouteKey];

/** The page a list route answers. */
export type ListPage<P extends ListPath> = ResponseOf<ConsoleApi[Extract<`GET ${P}`, ConsoleRouteKey>]>;
/** One item of that page. */
export type ListItem<P extends ListPath> = ListPage<P> extends ConsolePage<infer I> ? I : never;

/** The query keys a list lives under (a `queryKeys` entry): the prefix of all the resource's queries, and one list's. */
export interface ListKeys {
  all: QueryKey;
  list: (query: Record<string, unknown>) => QueryKey;
}

/** A resource's list route. */
export interface ListRoute<P extends ListPath> {
  path: P;
  keys: ListKeys;
  /** The route's query schema, which URL filter values must pass (see core/filters). */
  query: z.ZodObject;
}

/** The list route at `path`, under `keys`, with its query schema from the registry. */
export function listRoute<P extends ListPath>(path: P, keys: ListKeys): ListRoute<P> {
  const entry: { query?: z.ZodType } = consoleApi[`GET ${path}` as ConsoleRouteKey];
  return { path, keys, query: entry.query as unknown as z.ZodObject };
}

/** `api.get` for any list route: its typed form needs the path's literal type, which a generic route does not fix. */
type Get = (path: ListPath, opts: { query: Record<string, string | number>; signal: AbortSignal }) => Promise<unknown>;

/** One page of `route` for a URL query its filters accepted, so the record is the route's query shape. */
export function readListPage<P extends ListPath>(route: ListRoute<P>, query: Record<string, string | number>, signal: AbortSignal): Promise<ListPage<P>> {
  return (api.get as unknown as Get)(route.path, { query, signal }) as Promise<ListPage<P>>;
}

/** How a list source reads: `fixed` query parameters sent with every page, and `complete`, what turns SCP's page into rows (the names of what SCP gives as ids). */
interface SourceOptions<P extends ListPath, R> {
  fixed?: Record<string, string>;
  complete?: (page: ListPage<P>, ctx: ListContext) => Promise<ConsolePage<R>>;
}

/** A declaration's list source: pages of `route` completed into rows… */
export function listSource<P extends ListPath, R>(route: ListRoute<P>, options: SourceOptions<P, R> & Required<Pick<SourceOptions<P, R>, 'complete'>>): ListSource<R>;
/** …or its items as they come. */
export function listSource<P extends ListPath>(route: ListRoute<P>, options?: Pick<SourceOptions<P, never>, 'fixed'>): ListSource<ListItem<P>>;
export function listSource<P extends ListPath, R>(route: ListRoute<P>, { fixed, complete }: SourceOptions<P, R> = {}): ListSource<R> {
  return {
    all: route.keys.all,
    key: (query) => route.keys.list(query),
    fetch: async (query, signal, ctx) => {
      const page = await readListPage(route, { ...query, ...fixed }, signal);
      return complete ? complete(page, ctx) : (page as unknown as ConsolePage<R>);
    },
  };
}
