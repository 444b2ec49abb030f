import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, type Az, type Project, type Vpc } from '@/lib/scp';
import type { FilterOption, LoadContext } from './types';

/*
 * Small reads other views need to name things (AZs, tenants, VPCs), each
 * under one query key so a filter and a form share the cached answer.
 */

/** Query options of the AZ list (tenants: their associated AZs). */
export const azsQuery = {
  queryKey: queryKeys.azs.all,
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/azs', { query: { pageSize: MAX_PAGE_SIZE }, signal }),
  staleTime: 60_000,
};

/** Query options of the tenant list (admins). */
export const projectsQuery = {
  queryKey: queryKeys.projects.all,
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/projects', { query: { pageSize: MAX_PAGE_SIZE }, signal }),
  staleTime: 60_000,
};

/** Query options of the VPCs of a tenant in an AZ (both optional: admins without a tenant see every VPC). */
export function vpcsQuery(filter: { az_id?: string; project_id?: string } = {}) {
  const query = { pageSize: MAX_PAGE_SIZE, ...filter };
  return {
    queryKey: queryKeys.vpcs.list(query),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/vpcs', { query, signal }),
    staleTime: 30_000,
  };
}

/** AZs as filter choices. */
export function azOptions(azs: readonly Az[]): FilterOption[] {
  return azs.map((az) => ({ value: az.id, label: az.name }));
}

/** The AZs the user may use, as a form field's choices (FormField.choices), from the cached AZ list. */
export const azChoices = () => ({ key: azsQuery.queryKey, fetch: async ({ read }: LoadContext) => azOptions((await read(azsQuery)).items) });

/** Tenants as filter choices. */
export function projectOptions(projects: readonly Project[]): FilterOption[] {
  return projects.map((p) => ({ value: p.id, label: p.name }));
}

/** VPCs as filter choices; SCP names every tenant's VPC alike, so the AZ and the start of the id tell them apart. */
export function vpcOptions(vpcs: readonly Vpc[], azs: readonly Az[]): FilterOption[] {
  const azName = new Map(azs.map((az) => [az.id, az.name]));
  return vpcs.map((v) => ({ value: v.id, label: `${v.name} · ${azName.get(v.az_id) ?? v.az_id} · ${v.id.slice(0, 8)}` }));
}

/** Query options of one page (of 100) of the visible subnets matching `filter`; SCP's hidden wan and NFV subnets are left out. */
export function subnetsQuery(filter: { vpc_id?: string; project_id?: string; az_id?: string; page?: number } = {}) {
  const query = { pageSize: MAX_PAGE_SIZE, is_visible: '1' as const, ...filter };
  return {
    queryKey: queryKeys.subnets.list(query),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/subnets', { query, signal }),
    staleTime: 30_000,
  };
}
