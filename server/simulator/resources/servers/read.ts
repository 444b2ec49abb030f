import { badRequest } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { listPage, type Filter } from '../../http/list';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { visibleTo } from '../../state/scope';
import type { Server } from '../../state/types';
import { visibleServer } from './lifecycle';
import { serverPaths, versionOf } from './paths';
import { renderDetail } from './render-detail';
import { renderListItem } from './render-list';

/**
 * A filter matching when any of the item's values is in the comma-separated
 * query value. The value set is built once per request, not once per item:
 * lists run over 20,000 servers.
 */
function anyOf(pick: (s: Server) => string | readonly string[], aliases: Record<string, string> = {}): Filter<Server> {
  let raw: string | undefined;
  let wanted = new Set<string>();
  return (s, value) => {
    if (value !== raw) {
      raw = value;
      wanted = new Set(value.split(',').map((v) => aliases[v.trim()] ?? v.trim()));
    }
    const got = pick(s);
    return typeof got === 'string' ? wanted.has(got) : got.some((g) => wanted.has(g));
  };
}

/** For features the simulator does not model (tags, DR plans, GPUs): 0 matches everything, 1 nothing. */
const unmodelledFlag: Filter<Server> = (_s, value) => value === '0';
/** For ids of things the simulator does not model (groups, tags, DR plans, scale groups): nothing matches. */
const unmodelledId: Filter<Server> = () => false;

function serverFilters(ctx: RequestContext, version: string): Record<string, Filter<Server>> {
  const { store } = ctx;
  const fipOf = (s: Server) => (s.floatingip_id ? store.floatingIps.get(s.floatingip_id) : undefined);
  const filters: Record<string, Filter<Server>> = {
    // `stoping` (2018/2022 tables) and `stopping` (2019/2020) are both accepted; servers report `stopping`.
    status: anyOf((s) => s.status, { stoping: 'stopping' }),
    power_state: anyOf((s) => s.power_state),
    vmtype: anyOf((s) => s.vmtype),
    type: (_s, value) => value.split(',').includes('hci'),
    network_type: (s, value) => value.split(',').includes(s.networks.some((n) => n.vpc_id) ? 'vpc' : 'classic'),
    vpc_id: anyOf((s) => s.networks.map((n) => n.vpc_id)),
    subnet_id: anyOf((s) => s.networks.map((n) => n.subnet_id)),
    floatingip_id: anyOf((s) => s.floatingip_id),
    floating_ip_address: anyOf((s) => fipOf(s)?.floating_ip ?? ''),
    project_id: anyOf((s) => s.project_id),
    user_id: anyOf((s) => s.user_id),
    az_id: anyOf((s) => s.az_id),
    host_id: anyOf((s) => s.host_id),
    storage_id: anyOf((s) => s.disks[0]?.storage_id ?? ''),
    os_type: anyOf((s) => s.os_type),
    has_tag: unmodelledFlag, in_protection: unmodelledFlag, has_gpu: unmodelledFlag,
    group_id: unmodelledId, tag_id: unmodelledId, protection_id: unmodelledId, protection_type: unmodelledId,
    scale_group_id: unmodelledId, gpu_type: unmodelledId,
    expire_time: (_s, value) => {
      if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) throw badRequest(`expire_time must look like 2021-10-25 23:59:59, got "${value}"`);
      return false; // every simulated server is "unlimited"
    },
    // Not in the seed's filter tables, but the console searches by name: a case-insensitive substring,
    // and `keywords` (the spelling other SCP lists use) over name, id and IP addresses.
    name: (s, value) => s.name.toLowerCase().includes(value.toLowerCase()),
    keywords: (s, value) => {
      const k = value.toLowerCase();
      return s.name.toLowerCase().includes(k) || s.id.includes(k) || s.networks.some((n) => n.ip_address.includes(k));
    },
  };
  if (version !== '20180725') {
    filters.ids = anyOf((s) => s.id);
    filters.vm_ids = anyOf((s) => s.id);
    filters.storage_ids = anyOf((s) => s.disks.map((d) => d.storage_id));
  }
  return filters;
}

const SORTABLE = ['name', 'status', 'power_state', 'cores', 'sockets', 'memory_mb', 'created_at', 'az_id', 'project_id', 'host_id', 'image_id', 'os_type', 'id'] as const;

/**
 * Servers in the recycle bin (status `deleted`, in_recycle_bin 1) are left out
 * unless the caller asks for them with `status=deleted`. The seed documents no
 * recycle-bin list; `deleted` is the status SCP gives volumes in its recycle bin
 * (已移到回收站), so servers use the same word. Tenants see their own.
 */
function candidates(ctx: RequestContext): Server[] {
  const all = visibleTo(ctx.principal, ctx.store.servers.values());
  const wantsBin = (ctx.query.get('status') ?? '').split(',').some((v) => v.trim() === 'deleted');
  return wantsBin ? all : all.filter((s) => s.in_recycle_bin === 0);
}

/** Server list and detail, every documented version. */
export function serverReadRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: serverPaths(['20180725', '20190725', '20200725', '20210725', '20220725']), roles: ADMIN_AND_TENANT,
      summary: 'server list (filters, paging, sort, fields; recycle bin via status=deleted)',
      handler: (ctx) => {
        const version = versionOf(ctx.path);
        return ok(listPage(candidates(ctx), ctx.query, {
          filters: serverFilters(ctx, version), sortable: SORTABLE,
          render: (s) => renderListItem(ctx.store, s, version, ctx.now),
        }));
      },
    },
    {
      method: 'GET', paths: serverPaths(['20180725', '20190725', '20200725', '20220725'], '/{server_id}'), roles: ADMIN_AND_TENANT,
      summary: 'server detail (configuration)',
      handler: (ctx) => ok(renderDetail(ctx.store, visibleServer(ctx, ctx.params.server_id), versionOf(ctx.path))),
    },
  ];
}
