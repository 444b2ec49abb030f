import { isMessageKey } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { projects as projectOperations, ProjectSchema, type Project } from '@/lib/scp';
import { azFilter, searchFilter } from '../core/filters';
import { listRoute, listSource } from '../core/list-source';
import { deleteTenant, editTenant } from './actions';
import { editTenantAzs } from './azs';
import type { Column, Filter, ResourceDeclaration, StatusModel } from '../core/types';
import { tenantCreate } from './create';
import { projectKind } from './kind';

/*
 * Tenants (租户, SCP's projects), declared once for the generic views: the
 * list's columns and filters (those GET /projects accepts), the enabled flag
 * as a status, links to the tenant's quotas and servers, and the actions.
 */

// Under the projects prefix, so a change to a tenant refreshes the lists and the tenant pickers alike.
const list = listRoute('/api/projects', queryKeys.projects);

/** SCP's `enabled` is an int in this list, a boolean or a string in some versions (catalog §9.7); SCP documents no way to disable a tenant, so one without the flag counts as enabled. */
export function tenantEnabled(p: Pick<Project, 'enabled'>): boolean {
  return p.enabled === 1 || p.enabled === true || p.enabled === '1' || p.enabled === 'true' || p.enabled === undefined || p.enabled === null;
}

/** A field SCP may add to list items (description, created_at), when it is text. */
const textOf = (p: Project, field: string) => (typeof p[field] === 'string' ? (p[field] as string) : null);

/** The tenant list's columns. */
export const tenantColumns: readonly Column<Project>[] = [
  { id: 'name', labelKey: 'tenants.column.name', sort: 'name', required: true, cell: (p) => ({ kind: 'text', text: p.name }) },
  { id: 'admin', labelKey: 'tenants.column.admin', cell: (p) => ({ kind: 'text', text: p.user_name }) },
  { id: 'status', labelKey: 'tenants.column.status', sort: 'enabled', cell: (p) => ({ kind: 'status', status: tenantEnabled(p) ? 'enabled' : 'disabled' }) },
  { id: 'azs', labelKey: 'tenants.column.azs', cell: (p) => ({ kind: 'lines', lines: p.azs.map((a) => a.az_name ?? a.az_id) }) },
  { id: 'description', labelKey: 'tenants.column.description', hiddenByDefault: true, cell: (p) => ({ kind: 'text', text: textOf(p, 'description') }) },
  { id: 'created', labelKey: 'tenants.column.created', sort: 'created_at', hiddenByDefault: true, cell: (p) => ({ kind: 'datetime', value: textOf(p, 'created_at') }) },
  {
    id: 'links', labelKey: 'tenants.column.links',
    cell: (p) => ({ kind: 'links', links: [{ key: 'tenants.link.quotas', href: `/quotas?project_id=${p.id}` }, { key: 'tenants.link.servers', href: `/servers?project_id=${p.id}` }] }),
  },
  { id: 'id', labelKey: 'tenants.column.id', sort: 'id', hiddenByDefault: true, cell: (p) => ({ kind: 'text', text: p.id, mono: true }) },
];

/** The tenant list's filters; each is a query parameter of `GET /api/projects`. */
export const tenantFilters: readonly Filter[] = [
  searchFilter(list.query, 'keywords', 'tenants.filter.keywords'),
  azFilter(list.query, 'tenants.filter.az'),
  { param: 'az_type', labelKey: 'tenants.filter.azType', kind: 'select', options: [{ value: 'hci', labelKey: 'tenants.azType.hci' }, { value: 'vmware', labelKey: 'tenants.azType.vmware' }] },
  { param: 'enabled', labelKey: 'tenants.filter.enabled', kind: 'select', options: [{ value: '1', labelKey: 'tenants.status.enabled' }, { value: '0', labelKey: 'tenants.status.disabled' }] },
];

/** The enabled flag as a status: no tenant is ever in transition. */
export const tenantStatus: StatusModel<Project> = {
  of: (p) => (tenantEnabled(p) ? 'enabled' : 'disabled'),
  labelKey: (status) => {
    const key = `tenants.status.${status}`;
    return isMessageKey(key) ? key : undefined;
  },
  tone: (status) => (status === 'enabled' ? 'ok' : 'off'),
  transitional: new Set(),
};

/** Tenants for the generic views (platform admins). */
export const tenantResource: ResourceDeclaration<Project> = {
  ...projectKind,
  scp: { item: ProjectSchema, operations: projectOperations },
  rowKey: (p) => p.id,
  nameOf: (p) => p.name,
  list: listSource(list),
  columns: tenantColumns,
  filters: tenantFilters,
  status: tenantStatus,
  captionKey: 'tenants.list.caption',
  // In menu order.
  actions: [editTenant, editTenantAzs, deleteTenant],
  create: tenantCreate,
};
