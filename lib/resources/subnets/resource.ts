import { queryKeys } from '@/lib/query-keys';
import { SubnetSchema, subnets as subnetOperations, type Subnet } from '@/lib/scp';
import { azFilter, projectFilter, searchFilter, vpcFilter } from '../core/filters';
import { listRoute, listSource } from '../core/list-source';
import { azNames, projectNames, vpcNames } from '../core/names';
import { networkStatus } from '../vpcs/status';
import { SUBNET_ACTIONS } from './actions';
import { subnetCreate } from './create';
import { poolSize } from './plan';
import type { Column, Filter, ResourceDeclaration } from '../core/types';
import { subnetKind } from './kind';

/*
 * Subnets (子网), declared once (architecture principle 1). SCP's subnet item
 * names its VPC, AZ and tenant by id only; each page is completed from the
 * shared cached reads. SCP's hidden wan and NFV management subnets are never
 * listed (they must not be changed).
 */

/** A subnet as the list shows it. */
export type SubnetRow = Subnet & { vpc_name?: string; az_name?: string; project_name?: string };

const list = listRoute('/api/subnets', queryKeys.subnets);

/** The subnet list's columns; sorts are the ones SCP sorts by. */
export const subnetColumns: readonly Column<SubnetRow>[] = [
  { id: 'name', labelKey: 'subnets.column.name', sort: 'name', required: true, cell: (s) => ({ kind: 'text', text: s.name }) },
  { id: 'status', labelKey: 'subnets.column.status', sort: 'status', cell: (s) => ({ kind: 'status', status: networkStatus.of(s) }) },
  { id: 'cidr', labelKey: 'subnets.column.cidr', sort: 'cidr', cell: (s) => ({ kind: 'text', text: s.cidr, mono: true }) },
  { id: 'gateway', labelKey: 'subnets.column.gateway', cell: (s) => ({ kind: 'text', text: s.gateway_ip, mono: true }) },
  { id: 'vpc', labelKey: 'subnets.column.vpc', sort: 'vpc_id', cell: (s) => ({ kind: 'text', text: s.vpc_name ?? s.vpc_id }) },
  { id: 'az', labelKey: 'subnets.column.az', sort: 'az_id', cell: (s) => ({ kind: 'text', text: s.az_name ?? s.az_id }) },
  { id: 'dhcp', labelKey: 'subnets.column.dhcp', cell: (s) => ({ kind: 'message', key: s.enable_dhcp === 0 ? 'subnets.dhcp.off' : 'subnets.dhcp.on' }) },
  { id: 'pools', labelKey: 'subnets.column.pools', cell: (s) => ({ kind: 'lines', lines: s.allocation_pools.map((p) => `${p.start}-${p.end}`), mono: true }) },
  { id: 'addresses', labelKey: 'subnets.column.addresses', hiddenByDefault: true, cell: (s) => ({ kind: 'message', key: 'subnets.cell.addresses', values: { count: poolSize(s.allocation_pools) } }) },
  { id: 'project', labelKey: 'subnets.column.project', roles: ['admin'], cell: (s) => ({ kind: 'text', text: s.project_name ?? s.project_id }) },
  { id: 'created', labelKey: 'subnets.column.created', sort: 'created_at', hiddenByDefault: true, cell: (s) => ({ kind: 'datetime', value: s.created_at }) },
  { id: 'description', labelKey: 'subnets.column.description', hiddenByDefault: true, cell: (s) => ({ kind: 'text', text: s.description }) },
  { id: 'id', labelKey: 'subnets.column.id', hiddenByDefault: true, cell: (s) => ({ kind: 'text', text: s.id, mono: true }) },
];

/** The subnet list's filters; each is a query parameter of `GET /api/subnets`. */
export const subnetFilters: readonly Filter[] = [
  searchFilter(list.query, 'keywords', 'subnets.filter.name'),
  vpcFilter(list.query, 'subnets.filter.vpc'),
  azFilter(list.query, 'subnets.filter.az'),
  projectFilter(list.query, 'subnets.filter.project'),
];

/** Subnets for the generic views. */
export const subnetResource: ResourceDeclaration<SubnetRow> = {
  ...subnetKind,
  scp: { item: SubnetSchema, operations: subnetOperations },
  rowKey: (s) => s.id,
  nameOf: (s) => s.name,
  list: listSource(list, {
    fixed: { is_visible: '1' },
    complete: async (page, ctx) => {
      const [vpcName, azName, projectName] = await Promise.all([vpcNames(ctx), azNames(ctx), projectNames(ctx)]);
      return {
        ...page,
        items: page.items.map((s) => ({ ...s, vpc_name: vpcName.get(s.vpc_id), az_name: s.az_id ? azName.get(s.az_id) : undefined, project_name: projectName.get(s.project_id) })),
      };
    },
  }),
  columns: subnetColumns,
  filters: subnetFilters,
  status: networkStatus,
  actions: SUBNET_ACTIONS,
  captionKey: 'subnets.list.caption',
  create: subnetCreate,
};
