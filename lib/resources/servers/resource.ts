import { queryKeys } from '@/lib/query-keys';
import { servers as serverOperations, ServerSchema, snapshots as snapshotOperations, type Server } from '@/lib/scp';
import { azFilter, projectFilter, searchFilter, vpcFilter } from '../core/filters';
import { listRoute, listSource } from '../core/list-source';
import { SERVER_ACTIONS, serverActionsFor } from './actions';
import { SERVER_TRANSITIONAL, serverStatus } from './status';
import type { Column, Filter, ResourceDeclaration } from '../core/types';
import { serverKind } from './kind';
import { serverWizard } from './wizard';

/*
 * Servers (云主机), declared once (architecture principle 1): the schema and
 * SCP operations they come from, the list's columns and filters, statuses,
 * actions and the edit form. Pages compose the generic views from this.
 */

const list = listRoute('/api/servers', queryKeys.servers);

/** Registry entries under prefixed names (`snapshots.create`), to list them with the server's own. */
function prefixed<E>(prefix: string, entries: Record<string, E>): Record<string, E> {
  return Object.fromEntries(Object.entries(entries).map(([name, entry]) => [`${prefix}${name}`, entry]));
}

/** A server's NIC addresses (SCP's `ips`, else each NIC's). */
function addresses(s: Server): string[] {
  const ips = s.ips?.length ? s.ips : s.networks.map((n) => n.ip_address).filter((ip): ip is string => !!ip);
  return ips;
}

/** Total disk size in MB. */
export function diskTotalMb(s: Pick<Server, 'disks'>): number {
  return s.disks.reduce((sum, d) => sum + d.size_mb, 0);
}

/** The server list's columns. */
export const serverColumns: readonly Column<Server>[] = [
  { id: 'name', labelKey: 'servers.column.name', sort: 'name', required: true, cell: (s) => ({ kind: 'link', text: s.name, href: `/servers/${s.id}` }) },
  { id: 'status', labelKey: 'servers.column.status', sort: 'status', cell: (s) => ({ kind: 'status', status: s.status }) },
  {
    id: 'power_state', labelKey: 'servers.column.powerState', sort: 'power_state',
    cell: (s) => (s.power_state === 'on' || s.power_state === 'off' ? { kind: 'message', key: `servers.power.${s.power_state}` } : { kind: 'text', text: s.power_state }),
  },
  { id: 'ips', labelKey: 'servers.column.ips', cell: (s) => ({ kind: 'lines', lines: addresses(s), mono: true }) },
  { id: 'floating_ip', labelKey: 'servers.column.floatingIp', cell: (s) => ({ kind: 'text', text: s.floatingip?.floating_ip_address || null, mono: true }) },
  { id: 'cpu', labelKey: 'servers.column.cpu', sort: 'cores', cell: (s) => ({ kind: 'message', key: 'servers.cell.cpu', values: { cores: s.cores, sockets: s.sockets ?? 1 } }) },
  { id: 'memory', labelKey: 'servers.column.memory', sort: 'memory_mb', cell: (s) => ({ kind: 'sizeMb', mb: s.memory_mb }) },
  { id: 'storage', labelKey: 'servers.column.storage', hiddenByDefault: true, cell: (s) => ({ kind: 'sizeMb', mb: diskTotalMb(s) }) },
  { id: 'az', labelKey: 'servers.column.az', sort: 'az_id', cell: (s) => ({ kind: 'text', text: s.az_name ?? s.az_id }) },
  { id: 'project', labelKey: 'servers.column.project', sort: 'project_id', cell: (s) => ({ kind: 'text', text: s.project_name ?? s.project_id }) },
  { id: 'vpc', labelKey: 'servers.column.vpc', hiddenByDefault: true, cell: (s) => ({ kind: 'lines', lines: [...new Set(s.networks.map((n) => n.vpc_name).filter((v): v is string => !!v))] }) },
  { id: 'image', labelKey: 'servers.column.image', sort: 'image_id', hiddenByDefault: true, cell: (s) => ({ kind: 'text', text: s.image_name ?? s.os_name }) },
  { id: 'host', labelKey: 'servers.column.host', sort: 'host_id', hiddenByDefault: true, cell: (s) => ({ kind: 'text', text: s.host_name }) },
  { id: 'id', labelKey: 'servers.column.id', sort: 'id', hiddenByDefault: true, cell: (s) => ({ kind: 'text', text: s.id, mono: true }) },
];

/** Status filter choices: the settled statuses, "in progress" (every transitional one), and the recycle bin. */
const statusOptions = [
  { value: 'running', labelKey: 'servers.status.running' },
  { value: 'stopped', labelKey: 'servers.status.stopped' },
  { value: 'suspend', labelKey: 'servers.status.suspend' },
  { value: 'error', labelKey: 'servers.status.error' },
  { value: [...SERVER_TRANSITIONAL].join(','), labelKey: 'servers.filter.status.busy' },
  { value: 'deleted', labelKey: 'servers.filter.status.recycleBin' },
] as const;

/** The server list's filters; each is a console API query parameter of `GET /api/servers`. */
export const serverFilters: readonly Filter[] = [
  searchFilter(list.query, 'name', 'servers.filter.name'),
  { param: 'status', labelKey: 'servers.filter.status', kind: 'select', options: statusOptions },
  { param: 'power_state', labelKey: 'servers.filter.powerState', kind: 'select', options: [{ value: 'on', labelKey: 'servers.power.on' }, { value: 'off', labelKey: 'servers.power.off' }] },
  azFilter(list.query, 'servers.filter.az'),
  projectFilter(list.query, 'servers.filter.project'),
  vpcFilter(list.query, 'servers.filter.vpc'),
];

/** Servers for the generic views. */
export const serverResource: ResourceDeclaration<Server> = {
  ...serverKind,
  scp: { item: ServerSchema, operations: { ...serverOperations, ...prefixed('snapshots.', snapshotOperations) } },
  rowKey: (s) => s.id,
  nameOf: (s) => s.name,
  list: listSource(list),
  columns: serverColumns,
  filters: serverFilters,
  status: serverStatus,
  actions: SERVER_ACTIONS,
  actionsFor: serverActionsFor,
  captionKey: 'servers.list.caption',
  create: serverWizard,
};
