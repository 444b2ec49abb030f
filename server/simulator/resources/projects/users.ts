import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage, type Filter } from '../../http/list';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { getVisible, visibleTo } from '../../state/scope';
import type { User } from '../../state/types';
import { flagFilter } from './flag-filter';

/** List item: `enabled` is a boolean here (catalog §9.7). Passwords and keys never leave the store. */
const renderUser = (u: User) => ({ id: u.id, name: u.name, real_name: u.real_name, project_id: u.project_id, role_id: u.role_id, enabled: u.enabled });

/** Detail: + contact data and `created_at` in the sample's zone-less microsecond form. */
const renderUserDetail = (u: User) => ({
  id: u.id, name: u.name, real_name: u.real_name, project_id: u.project_id, role_id: u.role_id, mail: u.mail, phone: u.phone,
  created_at: u.created_at.replace(/Z$/, '.000000'),
});

const FILTERS: Record<string, Filter<User>> = {
  role_id: eq('role_id'), real_name: contains('real_name'), name: contains('name'), enabled: flagFilter('enabled', (u) => u.enabled),
};
const SORTABLE = ['name', 'real_name', 'created_at', 'project_id', 'role_id'];

const list = (ctx: RequestContext, filters: Record<string, Filter<User>>) =>
  ok(listPage(visibleTo(ctx.principal, ctx.store.users.values()), ctx.query, { filters, sortable: SORTABLE, render: renderUser }));

/** Users: admins see all, a tenant the accounts of its own project. */
export function userRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/users'], roles: ADMIN_AND_TENANT,
      summary: 'users (a tenant sees its own project\'s)',
      handler: (ctx) => list(ctx, FILTERS),
    },
    {
      method: 'GET', paths: ['/janus/20190725/users'], roles: ADMIN_AND_TENANT,
      summary: 'users (+hide_other_user)',
      handler: (ctx) => list(ctx, {
        ...FILTERS,
        // 1 keeps only the caller's own project's accounts.
        hide_other_user: (u, v) => v !== '1' || u.project_id === ctx.principal.projectId,
      }),
    },
    {
      method: 'GET', paths: ['/janus/20180725/users/{user_id}'], roles: ADMIN_AND_TENANT,
      summary: 'user detail',
      handler: (ctx) => ok(renderUserDetail(getVisible(ctx.principal, ctx.store.users, ctx.params.user_id, 'user'))),
    },
  ];
}
