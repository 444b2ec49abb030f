import { badRequest } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { limitOf } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { isAdmin } from '../../state/scope';
import { GLOBAL_AZ_ID } from '../../state/store';
import type { LineType } from '../../state/types';
import { poolServesAz } from './pool-lookup';

function readBool(ctx: RequestContext, name: string): boolean {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw badRequest(`${name} must be true or false, got "${raw}"`);
}

/**
 * `available_only`: line types that have a usable floating-IP pool (one with a
 * subnet, serving `az_id` when given) and, for a tenant, quota left to use it
 * (seed L29191: "有创建弹性IP池和配额的线路类型").
 */
function isAvailable(ctx: RequestContext, lt: LineType, azId: string | null): boolean {
  const pools = [...ctx.store.floatingIpPools.values()].filter((p) => p.line_type_id === lt.id && p.subnets.length > 0);
  if (!pools.some((p) => !azId || poolServesAz(p, azId))) return false;
  return isAdmin(ctx.principal) || limitOf(ctx.store, ctx.principal.projectId, GLOBAL_AZ_ID, `network/eip_count::${lt.id}`) !== 0;
}

function listLineTypes(ctx: RequestContext) {
  const name = ctx.query.get('name');
  const type = ctx.query.get('type');
  const azId = ctx.query.get('az_id') || null;
  const availableOnly = readBool(ctx, 'available_only');
  const linetypes = [...ctx.store.lineTypes.values()]
    .filter((lt) => (!name || lt.name === name) && (!type || lt.type === type) && (!availableOnly || isAvailable(ctx, lt, azId)))
    .map((lt) => ({ id: lt.id, name: lt.name, type: lt.type, description: lt.description, created_at: lt.created_at, updated_at: null }));
  // The paging fields are filler, "没有实际意义" (seed L29226); we print them as the sample does.
  return ok({ linetypes, total_size: 0, page_num: 0, page_size: 0, next_page_num: '' });
}

/** Line types (catalog §4.11.4): no common list parameters, and its own envelope. */
export function lineTypeRoutes(): RouteSpec[] {
  return [{ method: 'GET', paths: ['/janus/20180725/linetypes'], roles: ADMIN_AND_TENANT, summary: 'line types (own envelope, no paging)', handler: listLineTypes }];
}
