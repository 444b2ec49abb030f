import { ok, type RouteSpec } from '../../http/context';
import { eq, listPage } from '../../http/list';
import { ADMIN_AND_TENANT, ADMIN_ONLY } from '../../state/roles';
import type { Store } from '../../state/store';
import type { Az } from '../../state/types';
import { getVisibleAz, visibleAzs } from './az-access';
import { physicalResources, virtualResources } from './pool-resources';

/** List item (catalog §4.3). */
const renderAz = (az: Az) => ({
  id: az.id, name: az.name, description: az.description, status: az.status, type: az.type, tag: az.tag, version: az.version,
});

/** The 2018 detail: the list item plus the pool's quota and physical view. */
function renderAzDetail(store: Store, az: Az, withKeys: boolean) {
  const ids = new Set([az.id]);
  return {
    ...renderAz(az),
    virtual_resources: virtualResources(store, ids, { storageName: (tag) => `${tag} (默认)`, withKeys }),
    physical_resources: physicalResources(store, ids, 'az'),
  };
}

/** Resource pools: list for admins and tenants (their associated pools), details for admins. */
export function azRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/azs'], roles: ADMIN_AND_TENANT,
      summary: 'resource pools (tenants: the associated ones)',
      handler: (ctx) => ok(listPage(visibleAzs(ctx), ctx.query, {
        filters: { type: eq('type'), tag: eq('tag'), status: eq('status') },
        sortable: ['name', 'status', 'type', 'tag', 'version'],
        render: renderAz,
      })),
    },
    {
      method: 'GET', paths: ['/janus/20180725/azs/{az_id}'], roles: ADMIN_ONLY,
      summary: 'resource pool detail with virtual and physical resources',
      handler: (ctx) => ok(renderAzDetail(ctx.store, getVisibleAz(ctx, ctx.params.az_id), false)),
    },
    {
      method: 'GET', paths: ['/janus/20200725/azs/{az_id}'], roles: ADMIN_ONLY,
      summary: 'resource pool detail (+maintain_mode, safe_acl, dhs)',
      handler: (ctx) => {
        const az = getVisibleAz(ctx, ctx.params.az_id);
        return ok({ ...renderAzDetail(ctx.store, az, true), arch_type: az.arch_type, maintain_mode: 0, safe_acl: 0, dhs: [] });
      },
    },
  ];
}
