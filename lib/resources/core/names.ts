import type { QueryKey } from '@tanstack/react-query';
import { azsQuery, projectsQuery, vpcsQuery } from './lookups';
import type { CachedRead, ListContext } from './types';

/*
 * SCP's items carry ids only (az_id, project_id, vpc_id…); the lists name them
 * from the shared cached reads. A failed read leaves the id showing rather
 * than failing the list.
 */

/** Names by id. */
export type Names = ReadonlyMap<string, string>;

/** Names by id of a lookup's items. */
export const namesById = (items: readonly { id: string; name: string }[]): Names => new Map(items.map((i) => [i.id, i.name]));
const none: Names = new Map();

/** A lookup's items; none when it cannot be read (the ids show instead). */
export function itemsOrNone<I>(read: CachedRead, query: { queryKey: QueryKey; queryFn: (ctx: { signal: AbortSignal }) => Promise<{ items: I[] }>; staleTime?: number }): Promise<I[]> {
  return read(query).then((page) => page.items, () => []);
}

/** AZ names (every role may read its AZs). */
export async function azNames(ctx: ListContext): Promise<Names> {
  return ctx.read(azsQuery).then((page) => namesById(page.items), () => none);
}

/** Tenant names, for admins; nobody else gets the tenant column. */
export async function projectNames(ctx: ListContext): Promise<Names> {
  if (ctx.session.role !== 'admin') return none;
  return ctx.read(projectsQuery).then((page) => namesById(page.items), () => none);
}

/** VPC names (the first 100 the user sees). */
export async function vpcNames(ctx: ListContext): Promise<Names> {
  return ctx.read(vpcsQuery()).then((page) => namesById(page.items), () => none);
}
