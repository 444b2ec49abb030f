import { badRequest } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { eq, listPage, type Filter } from '../../http/list';
import { usageByProjectAz } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { visibleTo } from '../../state/scope';
import type { Quota } from '../../state/types';
import { quotaAzIds } from './rows';

/** A quota row with the AZs it reports (narrowed by `az_id`), so filters see the per-AZ limits. */
interface QuotaRow extends Quota {
  az_limits: { az_id: string; hard_limit: number }[];
}

function limitFilter(param: string, test: (limit: number, wanted: number) => boolean): Filter<QuotaRow> {
  return (row, value) => {
    if (!/^-?\d+$/.test(value)) throw badRequest(`${param} must be an integer, got "${value}"`);
    return row.az_limits.some((l) => test(l.hard_limit, Number(value)));
  };
}

function listQuotas(ctx: RequestContext) {
  const { store } = ctx;
  const azFilter = ctx.query.get('az_id') || undefined;
  const rows: QuotaRow[] = visibleTo(ctx.principal, store.quotas.values()).map((q) => ({
    ...q,
    az_limits: quotaAzIds(store, q).filter((az) => !azFilter || az === azFilter).map((az) => ({ az_id: az, hard_limit: q.limits[az] ?? -1 })),
  }));
  const usage = usageByProjectAz(store);
  return ok(listPage(rows, ctx.query, {
    filters: {
      category: eq('category'), provider: eq('provider'), namespace: eq('namespace'), resource: eq('resource'), project_id: eq('project_id'),
      // az_limits is already narrowed to the asked AZ: keep the rows that report it.
      az_id: (row) => row.az_limits.length > 0,
      hard_limit: limitFilter('hard_limit', (l, v) => l === v),
      hard_limit_gt: limitFilter('hard_limit_gt', (l, v) => l > v),
      hard_limit_lt: limitFilter('hard_limit_lt', (l, v) => l < v),
    },
    sortable: ['category', 'provider', 'namespace', 'resource', 'name', 'project_id'],
    render: (row) => {
      const key = `${row.namespace}/${row.resource}`;
      return {
        id: row.id, category: row.category, provider: row.provider, namespace: row.namespace, resource: row.resource, name: row.name,
        project_id: row.project_id, unit: row.unit,
        // A tenant hands nothing on, so `allocation` (what an MSP passes to its tenants) is 0; reservations are not simulated.
        separated_quotas: row.az_limits.map((l) => ({
          az_id: l.az_id, in_use: usage.get(`${row.project_id}|${l.az_id}`)?.[key] ?? 0, reserved: 0, allocation: 0,
        })),
        az_quotas: row.az_limits,
      };
    },
  }));
}

/** GET /quotas: limits and usage per AZ; a tenant sees its own rows. */
export function quotaListRoutes(): RouteSpec[] {
  return [{
    method: 'GET', paths: ['/janus/20180725/quotas'], roles: ADMIN_AND_TENANT,
    summary: 'quota rows with per-AZ hard limits and usage',
    handler: listQuotas,
  }];
}
