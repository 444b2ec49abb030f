import { notFound } from '../../errors';
import type { RequestContext } from '../../http/context';
import { isAdmin } from '../../state/scope';
import type { Project } from '../../state/types';

/** Tenants the caller may see: all for admins, only its own for a tenant (catalog §4.4). */
export function visibleProjects(ctx: RequestContext): Project[] {
  const all = [...ctx.store.projects.values()];
  return isAdmin(ctx.principal) ? all : all.filter((p) => p.id === ctx.principal.projectId);
}

/** The tenant, or 404 when it does not exist or is another tenant. */
export function getProject(ctx: RequestContext, id: string): Project {
  const p = ctx.store.projects.get(id);
  if (!p || (!isAdmin(ctx.principal) && p.id !== ctx.principal.projectId)) throw notFound('project (tenant)', id);
  return p;
}
