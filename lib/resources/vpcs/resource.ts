import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, VpcSchema, vpcs as vpcOperations, type Subnet, type Vpc } from '@/lib/scp';
import { azFilter, projectFilter, searchFilter } from '../core/filters';
import { listRoute, listSource } from '../core/list-source';
import { subnetsQuery } from '../core/lookups';
import { azNames, projectNames } from '../core/names';
import { networkStatus } from './status';
import type { Column, Filter, ListContext, ResourceDeclaration } from '../core/types';
import { VPC_ACTIONS } from './actions';
import { vpcCreate } from './create';
import { vpcKind } from './kind';

/*
 * VPCs (私有网络), declared once (architecture principle 1). SCP's VPC item
 * names no AZ, tenant or subnet, so each list page is completed from cached
 * reads: AZ and tenant names, and the VPCs' visible subnets (which also say
 * whether a VPC may be deleted).
 */

/** A VPC as the list shows it. `subnets` is undefined when they could not be read. */
export type VpcRow = Vpc & { az_name?: string; project_name?: string; subnets?: Subnet[] };

const list = listRoute('/api/vpcs', queryKeys.vpcs);

/** The link to the subnet list filtered by a VPC (the filter lives in the URL). */
export const subnetsOfVpcHref = (vpcId: string) => `/subnets?vpc_id=${encodeURIComponent(vpcId)}`;

/** The VPC list's columns; sorts are the ones SCP sorts by. */
export const vpcColumns: readonly Column<VpcRow>[] = [
  { id: 'name', labelKey: 'vpcs.column.name', sort: 'name', required: true, cell: (v) => ({ kind: 'text', text: v.name }) },
  { id: 'status', labelKey: 'vpcs.column.status', sort: 'status', cell: (v) => ({ kind: 'status', status: v.status }) },
  { id: 'az', labelKey: 'vpcs.column.az', sort: 'az_id', cell: (v) => ({ kind: 'text', text: v.az_name ?? v.az_id }) },
  { id: 'project', labelKey: 'vpcs.column.project', sort: 'project_id', roles: ['admin'], cell: (v) => ({ kind: 'text', text: v.project_name ?? v.project_id }) },
  {
    id: 'subnets', labelKey: 'vpcs.column.subnets',
    cell: (v) => (v.subnets ? { kind: 'link', text: String(v.subnets.length), href: subnetsOfVpcHref(v.id) } : { kind: 'text', text: null }),
  },
  { id: 'cidrs', labelKey: 'vpcs.column.cidrs', cell: (v) => ({ kind: 'lines', lines: (v.subnets ?? []).map((s) => s.cidr), mono: true }) },
  { id: 'description', labelKey: 'vpcs.column.description', hiddenByDefault: true, cell: (v) => ({ kind: 'text', text: v.description }) },
  { id: 'id', labelKey: 'vpcs.column.id', hiddenByDefault: true, cell: (v) => ({ kind: 'text', text: v.id, mono: true }) },
];

/** The VPC list's filters; each is a query parameter of `GET /api/vpcs`. */
export const vpcFilters: readonly Filter[] = [
  searchFilter(list.query, 'keywords', 'vpcs.filter.name'),
  azFilter(list.query, 'vpcs.filter.az'),
  projectFilter(list.query, 'vpcs.filter.project'),
];

/** Beyond this many subnets in scope, a list page reads the subnets of its own VPCs instead of all of them. */
const SUBNETS_READ_WHOLE = 5 * MAX_PAGE_SIZE;

/**
 * The visible subnets of the VPCs on a list page, through the shared cache:
 * all the subnets in scope (the tenant's, or everyone's for admins) when they
 * are at most five pages, else one read per VPC on the page. Either way a
 * page view costs a bounded number of SCP reads, however large the platform.
 */
export async function readSubnets(ctx: ListContext, filter: { project_id?: string; az_id?: string }, vpcIds: readonly string[] = []): Promise<Subnet[]> {
  const first = await ctx.read(subnetsQuery(filter));
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  if (pages > 1 && first.total > SUBNETS_READ_WHOLE) {
    const perVpc = await Promise.all(vpcIds.map((vpc_id) => ctx.read(subnetsQuery({ vpc_id }))));
    return perVpc.flatMap((page) => page.items);
  }
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ctx.read(subnetsQuery({ ...filter, page: i + 2 }))));
  return [first, ...rest].flatMap((page) => page.items);
}

/** Completes VPC items with AZ and tenant names and their subnets. */
export async function vpcRows(items: readonly Vpc[], ctx: ListContext): Promise<VpcRow[]> {
  const projects = [...new Set(items.map((v) => v.project_id))];
  const azs = [...new Set(items.map((v) => v.az_id))];
  const filter = { ...(projects.length === 1 ? { project_id: projects[0] } : {}), ...(azs.length === 1 ? { az_id: azs[0] } : {}) };
  const [azName, projectName, subnets] = await Promise.all([
    azNames(ctx),
    projectNames(ctx),
    items.length ? readSubnets(ctx, filter, items.map((v) => v.id)).catch(() => undefined) : Promise.resolve([]),
  ]);
  return items.map((v) => ({
    ...v,
    az_name: azName.get(v.az_id),
    project_name: projectName.get(v.project_id),
    subnets: subnets?.filter((s) => s.vpc_id === v.id),
  }));
}

/** VPCs for the generic views. */
export const vpcResource: ResourceDeclaration<VpcRow> = {
  ...vpcKind,
  scp: { item: VpcSchema, operations: vpcOperations },
  rowKey: (v) => v.id,
  nameOf: (v) => v.name,
  list: listSource(list, { complete: async (page, ctx) => ({ ...page, items: await vpcRows(page.items, ctx) }) }),
  columns: vpcColumns,
  filters: vpcFilters,
  status: networkStatus,
  actions: VPC_ACTIONS,
  captionKey: 'vpcs.list.caption',
  create: vpcCreate,
};
