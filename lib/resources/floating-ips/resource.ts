import { queryKeys } from '@/lib/query-keys';
import { floatingIpPools, floatingIps as floatingIpOperations, FloatingIpSchema, lineTypes as lineTypeOperations, type ConsolePage, type FloatingIp } from '@/lib/scp';
import { acceptedBy, azFilter, projectFilter, searchFilter, vpcFilter } from '../core/filters';
import { listRoute, listSource } from '../core/list-source';
import { azsQuery, projectsQuery, vpcsQuery } from '../core/lookups';
import { itemsOrNone, namesById } from '../core/names';
import type { Column, Filter, ListContext, ResourceDeclaration } from '../core/types';
import { FLOATING_IP_ACTIONS } from './actions';
import { floatingIpAllocate } from './allocate';
import { mbpsOf } from './bandwidth';
import { floatingIpPoolsQuery, lineTypesQuery } from './lookups';
import { floatingIpStatusModel } from './status';
import { floatingIpKind } from './kind';

/*
 * Floating IPs (弹性IP), declared once (architecture principle 1). SCP's list
 * names the tenant, AZ, VPC and pool by id only, so the list is joined with
 * cached reads other views share (one request each, then from the cache).
 */

const list = listRoute('/api/floatingips', queryKeys.floatingIps);

/** A floating IP with the names of what SCP gives as ids. */
export type FloatingIpRow = FloatingIp & { az_name?: string; project_name?: string; vpc_name?: string; pool_name?: string; line_type_name?: string };

/**
 * What a floating IP is bound to. SCP names the device only by `device_name`
 * (20190725); `bind_id` is the binding record, not the server (seed L30359), so
 * a bound server links to the server list searched by its name.
 */
function boundTo(f: FloatingIpRow) {
  const b = f.binding_info;
  if (!b) return { kind: 'text' as const, text: null };
  if (b.bind_type === 'vm' && b.device_name) return { kind: 'link' as const, text: b.device_name, href: `/servers?name=${encodeURIComponent(b.device_name)}` };
  return { kind: 'text' as const, text: b.device_name || b.ip_address || b.port_id };
}

/** The floating-IP list's columns. SCP's list carries no creation time (only the detail does), so there is no "created" column. */
export const floatingIpColumns: readonly Column<FloatingIpRow>[] = [
  { id: 'address', labelKey: 'floatingIps.column.address', sort: 'floating_ip', required: true, cell: (f) => ({ kind: 'text', text: f.floating_ip, mono: true }) },
  { id: 'status', labelKey: 'floatingIps.column.status', cell: (f) => ({ kind: 'status', status: floatingIpStatusModel.of(f) }) },
  {
    id: 'bandwidth', labelKey: 'floatingIps.column.bandwidth',
    cell: (f) => {
      const mbps = mbpsOf(f.bandwidth?.qos_uplink);
      return mbps === null ? { kind: 'text', text: null } : { kind: 'message', key: 'floatingIps.cell.bandwidth', values: { mbps } };
    },
  },
  { id: 'boundTo', labelKey: 'floatingIps.column.boundTo', cell: boundTo },
  { id: 'nicIp', labelKey: 'floatingIps.column.nicIp', cell: (f) => ({ kind: 'text', text: f.binding_info?.ip_address, mono: true }) },
  { id: 'vpc', labelKey: 'floatingIps.column.vpc', cell: (f) => ({ kind: 'text', text: f.vpc_name ?? f.binding_info?.vpc_id }) },
  { id: 'az', labelKey: 'floatingIps.column.az', cell: (f) => ({ kind: 'text', text: f.az_name ?? f.binding_info?.az_id }) },
  { id: 'project', labelKey: 'floatingIps.column.project', sort: 'project_id', roles: ['admin'], cell: (f) => ({ kind: 'text', text: f.project_name ?? f.project_id }) },
  // SCP tells only platform admins a pool's line type (tenants cannot read pools).
  { id: 'lineType', labelKey: 'floatingIps.column.lineType', roles: ['admin'], cell: (f) => ({ kind: 'text', text: f.line_type_name }) },
  { id: 'pool', labelKey: 'floatingIps.column.pool', sort: 'floatingip_pool_id', roles: ['admin'], hiddenByDefault: true, cell: (f) => ({ kind: 'text', text: f.pool_name ?? f.floatingip_pool_id }) },
  { id: 'id', labelKey: 'floatingIps.column.id', hiddenByDefault: true, cell: (f) => ({ kind: 'text', text: f.id, mono: true }) },
];

/** The floating-IP list's filters; each is a query parameter of `GET /api/floatingips` (SCP has no status filter; the binding type stands in). */
export const floatingIpFilters: readonly Filter[] = [
  searchFilter(list.query, 'keywords', 'floatingIps.filter.address'),
  {
    param: 'bind_type', labelKey: 'floatingIps.filter.bindType', kind: 'select', accepts: acceptedBy(list.query, 'bind_type'),
    options: [
      { value: 'vm', labelKey: 'floatingIps.bindType.vm' },
      { value: 'router_primary', labelKey: 'floatingIps.bindType.router_primary' },
      { value: 'router_second', labelKey: 'floatingIps.bindType.router_second' },
    ],
  },
  azFilter(list.query, 'floatingIps.filter.az', 'bind_az_id'),
  vpcFilter(list.query, 'floatingIps.filter.vpc', 'bind_vpc_id'),
  projectFilter(list.query, 'floatingIps.filter.project'),
];

/**
 * Names the tenant, AZ, VPC and (for platform admins) pool and line type of
 * each floating IP from the shared lookups, read only when the page has rows.
 */
export async function nameFloatingIps(page: ConsolePage<FloatingIp>, { read, session }: ListContext): Promise<ConsolePage<FloatingIpRow>> {
  if (!page.items.length) return page;
  const bound = page.items.some((f) => f.binding_info);
  const admin = session.role === 'admin';
  const [azs, projects, vpcs, pools, lineTypes] = await Promise.all([
    bound ? itemsOrNone(read, azsQuery) : [],
    itemsOrNone(read, projectsQuery),
    bound ? itemsOrNone(read, vpcsQuery()) : [],
    admin ? itemsOrNone(read, floatingIpPoolsQuery) : [],
    admin ? read(lineTypesQuery()).then((answer) => answer.linetypes, () => []) : [],
  ]);
  const [azName, projectName, vpcName, lineTypeName] = [namesById(azs), namesById(projects), namesById(vpcs), namesById(lineTypes)];
  const poolOf = new Map(pools.map((p) => [p.id, p]));
  return {
    ...page,
    items: page.items.map((f) => {
      const b = f.binding_info;
      const vpc = b?.vpc_id ? vpcName.get(b.vpc_id) : undefined;
      const pool = f.floatingip_pool_id ? poolOf.get(f.floatingip_pool_id) : undefined;
      return {
        ...f,
        project_name: projectName.get(f.project_id),
        az_name: b?.az_id ? azName.get(b.az_id) : undefined,
        vpc_name: vpc && b?.vpc_id ? `${vpc} · ${b.vpc_id.slice(0, 8)}` : undefined,
        pool_name: pool?.name,
        line_type_name: pool?.line_type_id ? lineTypeName.get(pool.line_type_id) : undefined,
      };
    }),
  };
}

/** Floating IPs for the generic views. */
export const floatingIpResource: ResourceDeclaration<FloatingIpRow> = {
  ...floatingIpKind,
  scp: { item: FloatingIpSchema, operations: { ...floatingIpOperations, 'lineTypes.list': lineTypeOperations.list, 'floatingIpPools.list': floatingIpPools.list } },
  rowKey: (f) => f.id,
  nameOf: (f) => f.floating_ip,
  list: listSource(list, { complete: nameFloatingIps }),
  columns: floatingIpColumns,
  filters: floatingIpFilters,
  status: floatingIpStatusModel,
  actions: FLOATING_IP_ACTIONS,
  captionKey: 'floatingIps.list.caption',
  create: floatingIpAllocate,
};
