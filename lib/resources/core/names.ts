import type { Az, Project, Vpc } from '@/lib/scp';
import { azsQuery, projectsQuery, vpcsQuery } from './lookups';
import type { ListContext } from './types';

/*
 * SCP's VPC and subnet items carry ids only (az_id, project_id, vpc_id); the
 * lists name them from the shared cached reads. A failed read leaves the id
 * showing rather than failing the list.
 */

/** Names by id. */
export type Names = ReadonlyMap<string, string>;

const byId = (items: readonly { id: string; name: string }[]): Names => new Map(items.map((i) => [i.id, i.name]));
const none: Names = new Map();

/** AZ names (every role may read its AZs). */
export async function azNames(ctx: ListContext): Promise<Names> {
  return ctx.read(azsQuery).then((page) => byId(page.items as Az[]), () => none);
}

/** Tenant names, for admins; nobody else gets the tenant column. */
export async function projectNames(ctx: ListContext): Promise<Names> {
  if (ctx.session.role !== 'admin') return none;
  return ctx.read(projectsQuery).then((page) => byId(page.items as Project[]), () => none);
}

/** VPC names (the first 100 the user sees). */
export async function vpcNames(ctx: ListContext): Promise<Names> {
  return ctx.read(vpcsQuery()).then((page) => byId(page.items as Vpc[]), () => none);
}
