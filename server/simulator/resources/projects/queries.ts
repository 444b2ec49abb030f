import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage, type Filter } from '../../http/list';
import { ADMIN_AND_TENANT } from '../../state/roles';
import type { Project } from '../../state/types';
import { getProject, visibleProjects } from './access';
import { flagFilter } from './flag-filter';
import { renderProjectDetail, renderProjectItem } from './render';

function projectFilters(ctx: RequestContext): Record<string, Filter<Project>> {
  const { store } = ctx;
  return {
    keywords: contains('name'),
    az_id: (p, v) => p.az_ids.includes(v),
    az_type: (p, v) => p.az_ids.some((id) => store.azs.get(id)?.type === v),
    // No dedicated host groups exist in the simulator, so no tenant has one.
    dh_id: () => false,
    enabled: flagFilter('enabled', (p) => p.enabled === 1),
  };
}

const SORTABLE = ['name', 'id', 'enabled', 'created_at'];

/** Tenant list (both versions) and detail; a tenant sees only itself. */
export function projectQueryRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/projects'], roles: ADMIN_AND_TENANT,
      summary: 'tenants (a tenant sees itself)',
      handler: (ctx) => ok(listPage(visibleProjects(ctx), ctx.query, {
        filters: projectFilters(ctx), sortable: SORTABLE, render: (p) => renderProjectItem(ctx.store, p, 2018),
      })),
    },
    {
      method: 'GET', paths: ['/janus/20190725/projects'], roles: ADMIN_AND_TENANT,
      summary: 'tenants (+role_type, exclude_role_type filters, msp_id)',
      handler: (ctx) => ok(listPage(visibleProjects(ctx), ctx.query, {
        filters: {
          ...projectFilters(ctx),
          role_type: eq('role_type'),
          exclude_role_type: (p, v) => !v.split(',').map((t) => t.trim()).includes(p.role_type),
        },
        sortable: SORTABLE,
        render: (p) => renderProjectItem(ctx.store, p, 2019),
      })),
    },
    {
      method: 'GET', paths: ['/janus/20180725/projects/{project_id}'], roles: ADMIN_AND_TENANT,
      summary: 'tenant detail with admin contact and AZs',
      handler: (ctx) => ok(renderProjectDetail(ctx.store, getProject(ctx, ctx.params.project_id))),
    },
  ];
}
