import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { ADMIN_ONLY } from '../../state/roles';
import type { Role } from '../../state/types';
import { flagFilter } from './flag-filter';

/** Role list (catalog §4.6): `permissions` as the sample spells it, `in_use` when an account holds the role. */
function listRoles(ctx: RequestContext) {
  const { store } = ctx;
  const inUse = new Set([...store.users.values()].map((u) => u.role_id));
  const projectName = (id: string) => store.projects.get(id)?.name ?? 'admin';
  return ok(listPage([...store.roles.values()], ctx.query, {
    filters: {
      project_id: eq('project_id'), type: eq('type'), keywords: contains('name'),
      in_use: flagFilter('in_use', (r) => inUse.has(r.id)),
    },
    sortable: ['name', 'type', 'project_id'],
    render: (r: Role) => ({
      id: r.id, name: r.name, type: r.type, type_name: r.type_name, description: r.description, project_id: r.project_id,
      project_name: projectName(r.project_id), in_use: inUse.has(r.id) ? 1 : 0, permissions: r.permissions,
    }),
  }));
}

/** GET /roles, for admins. */
export function roleRoutes(): RouteSpec[] {
  return [{ method: 'GET', paths: ['/janus/20180725/roles'], roles: ADMIN_ONLY, summary: 'roles with permissions', handler: listRoles }];
}
