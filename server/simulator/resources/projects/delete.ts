import { badRequest } from '../../errors';
import { type RequestContext, type RouteSpec } from '../../http/context';
import { ADMIN_ONLY } from '../../state/roles';
import { getProject } from './access';
import { remainingResources } from './remaining';

/** Refuses while the tenant owns anything (catalog §4.4), then removes it with its accounts, roles and quotas. */
function deleteProject(ctx: RequestContext) {
  const { store } = ctx;
  const project = getProject(ctx, ctx.params.project_id);
  const left = remainingResources(store, project.id);
  if (left.length) {
    throw badRequest(`tenant ${project.name} still owns ${left.join(', ')}; delete them (and empty the recycle bin) before deleting the tenant`);
  }
  for (const u of [...store.users.values()]) if (u.project_id === project.id) store.removeUser(u.id);
  for (const r of [...store.roles.values()]) if (r.project_id === project.id) store.roles.delete(r.id);
  for (const q of [...store.quotas.values()]) if (q.project_id === project.id) store.quotas.delete(q.id);
  store.projects.delete(project.id);
  return { status: 204 };
}

/** DELETE /projects/{id}: 204 once the tenant is empty. */
export function projectDeleteRoutes(): RouteSpec[] {
  return [{
    method: 'DELETE', paths: ['/janus/20180725/projects/{project_id}'], roles: ADMIN_ONLY,
    summary: 'delete an empty tenant (400 naming what it still owns)',
    handler: deleteProject,
  }];
}
