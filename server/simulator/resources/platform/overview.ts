import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { ADMIN_ONLY } from '../../state/roles';
import type { Server } from '../../state/types';
import { getVisibleAz } from './az-access';
import { physicalResources, virtualResources } from './pool-resources';

/** Servers that are powered off on purpose (not errors). */
const OFFLINE: ReadonlySet<Server['status']> = new Set(['stopped', 'suspend']);

function overview(ctx: RequestContext) {
  const { store } = ctx;
  const azIdParam = ctx.query.get('az_id');
  const azs = azIdParam ? [getVisibleAz(ctx, azIdParam)] : [...store.azs.values()];
  const ids = new Set(azs.map((a) => a.id));
  const hosts = [...store.hosts.values()].filter((h) => ids.has(h.az_id));
  const servers = [...store.servers.values()].filter((s) => ids.has(s.az_id) && s.in_recycle_bin === 0);
  const online = hosts.filter((h) => h.status === 'running').length;
  const azOnline = azs.filter((a) => a.status === 'normal').length;
  return {
    virtual_resources: virtualResources(store, ids, { storageName: (tag) => tag }),
    physical_resources: physicalResources(store, ids, 'overview'),
    host: { total: hosts.length, online_count: online, offline_count: hosts.length - online, alarm_count: 0 },
    server: {
      total: servers.length,
      running_count: servers.filter((s) => s.status === 'running').length,
      offline_count: servers.filter((s) => OFFLINE.has(s.status)).length,
      alarm_count: 0,
      error_count: servers.filter((s) => s.status === 'error').length,
    },
    // The simulator runs no NFV devices; the table's `error_count` is used, not the sample's "error count".
    nfv: { total: 0, running_count: 0, offline_count: 0, error_count: 0 },
    az: { total: azs.length, online_count: azOnline, offline_count: azs.length - azOnline, alarm_count: 0 },
  };
}

/** Platform overview (catalog §4.3), for the whole platform or one AZ (`?az_id=`). */
export function overviewRoutes(): RouteSpec[] {
  return [{
    method: 'GET', paths: ['/janus/20180725/overview'], roles: ADMIN_ONLY,
    summary: 'platform overview: capacity, hosts, servers, AZs',
    handler: (ctx) => ok(overview(ctx)),
  }];
}
