import { z } from 'zod';
import { badRequest, notFound } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { parseBody } from '../../http/validate';
import { ADMIN_ONLY } from '../../state/roles';
import { PLATFORM_PROJECT_ID, type Store } from '../../state/store';
import { isoTime } from '../../state/time';
import type { FloatingIpPool } from '../../state/types';
import { poolSize } from './address-rules';
import { floatingIpsOf, getPool, poolPaths } from './pool-lookup';
import { Description, Flag, Name, PoolKbps } from './schemas';

/** "最多能创建 50 个", printed under pool creation (seed L29521): read as a cap of 50 pools. */
export const MAX_POOLS = 50;

const PoolFields = {
  name: Name,
  line_type_id: z.string().min(1),
  description: Description,
  is_global: Flag,
  az_ids: z.array(z.string().min(1)),
  vlan: z.number().int().min(0).max(4094).nullable(),
  qos_downlink: PoolKbps,
  qos_uplink: PoolKbps,
};
const PoolCreateSchema = z.object({ ...PoolFields, description: Description.default(''), az_ids: PoolFields.az_ids.default([]), vlan: PoolFields.vlan.default(null) });
const PoolEditSchema = z.object(PoolFields).partial();

type PoolSettings = Pick<FloatingIpPool, 'name' | 'line_type_id' | 'description' | 'is_global' | 'az_ids' | 'vlan' | 'qos_downlink' | 'qos_uplink'>;

/** Create and edit answer with the settings (create adds the owner's project_id). `az_ids` is `[]` for a global pool. */
function renderPoolSettings(pool: FloatingIpPool) {
  return {
    id: pool.id, name: pool.name, line_type_id: pool.line_type_id, description: pool.description, is_global: pool.is_global,
    az_ids: pool.az_ids, vlan: pool.vlan, qos_downlink: pool.qos_downlink, qos_uplink: pool.qos_uplink,
  };
}

/** List item (catalog §4.11.5): the settings, and the address ranges of the pool's subnets. */
function renderPool(pool: FloatingIpPool) {
  const allocation_pools = pool.subnets.flatMap((s) => s.allocation_pools);
  return { ...renderPoolSettings(pool), ip_count: poolSize(allocation_pools), allocation_pools };
}

/** Detail adds usage. The simulator carries no traffic, so the live rates are 0. */
function renderPoolDetail(store: Store, pool: FloatingIpPool) {
  const fips = floatingIpsOf(store, pool.id);
  return {
    ...renderPool(pool), ip_bind: fips.filter((f) => f.binding).length, ip_used: fips.length,
    allocated_bandwidth: fips.reduce((n, f) => n + f.qos_uplink, 0), pool_in_kbps: 0, pool_out_kbps: 0,
  };
}

/** The rules of create and edit (seed L29518–L29521), applied to the settings as they would end up. */
function checkSettings(ctx: RequestContext, s: PoolSettings, pool?: FloatingIpPool): PoolSettings {
  if (s.qos_uplink !== s.qos_downlink) throw badRequest(`qos_uplink (${s.qos_uplink}) and qos_downlink (${s.qos_downlink}) must be equal`);
  if (s.is_global === 0 && s.az_ids.length === 0) throw badRequest('az_ids must name at least one AZ when is_global is 0');
  if (!ctx.store.lineTypes.has(s.line_type_id)) throw notFound('line type', s.line_type_id);
  for (const az of s.az_ids) if (!ctx.store.azs.has(az)) throw notFound('AZ', az);
  const allocated = pool ? renderPoolDetail(ctx.store, pool).allocated_bandwidth : 0;
  if (s.qos_uplink < allocated) throw badRequest(`qos_uplink ${s.qos_uplink} is below the ${allocated} kbps already given to this pool's floating IPs`);
  return { ...s, az_ids: s.is_global === 1 ? [] : s.az_ids };
}

function createPool(ctx: RequestContext) {
  const body = parseBody(PoolCreateSchema, ctx.body);
  if (ctx.store.floatingIpPools.size >= MAX_POOLS) throw badRequest(`there are already ${ctx.store.floatingIpPools.size} floating-IP pools; SCP allows at most ${MAX_POOLS}`);
  const pool: FloatingIpPool = { id: ctx.store.ids.uuid(), ...checkSettings(ctx, body), subnets: [], created_at: isoTime(ctx.now) };
  ctx.store.floatingIpPools.set(pool.id, pool);
  return created({ ...renderPoolSettings(pool), project_id: PLATFORM_PROJECT_ID });
}

function editPool(ctx: RequestContext) {
  const pool = getPool(ctx, ctx.params.floatingippool_id);
  const body = parseBody(PoolEditSchema, ctx.body);
  const merged = { ...pool, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) } as FloatingIpPool;
  Object.assign(pool, checkSettings(ctx, merged, pool));
  return ok(renderPoolSettings(pool));
}

/** The documented delete passes the id in the query (`?floatingipool_id=`); the table puts it in the path. Both work. */
function deletePool(ctx: RequestContext) {
  const id = ctx.params.floatingippool_id ?? ctx.query.get('floatingipool_id') ?? ctx.query.get('floatingippool_id') ?? ctx.query.get('floatingip_pool_id');
  if (!id) throw badRequest('name the pool to delete: floatingipool_id (query) or /floatingipools/{floatingipool_id}');
  const pool = getPool(ctx, id);
  const fips = floatingIpsOf(ctx.store, pool.id);
  if (fips.length) throw badRequest(`floating-IP pool "${pool.name}" (${pool.id}) still has ${fips.length} allocated floating IP(s); delete them first`);
  for (const s of pool.subnets) ctx.store.ipam.drop(s.id);
  ctx.store.floatingIpPools.delete(pool.id);
  return { status: 204 };
}

/** Floating-IP pool routes (catalog §4.11.5), admin only, on both path spellings. */
export function floatingIpPoolRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: poolPaths(), roles: ADMIN_ONLY, summary: 'floating-IP pool list',
      handler: (ctx) => ok(listPage(ctx.store.floatingIpPools.values(), ctx.query, {
        filters: { floatingip_pool_id: eq('id'), name: eq('name'), line_type_id: eq('line_type_id'), query: contains('name') },
        sortable: ['name', 'created_at', 'line_type_id'],
        render: renderPool,
      })),
    },
    {
      method: 'GET', paths: poolPaths('/{floatingippool_id}'), roles: ADMIN_ONLY, summary: 'floating-IP pool detail (with usage)',
      handler: (ctx) => ok(renderPoolDetail(ctx.store, getPool(ctx, ctx.params.floatingippool_id))),
    },
    { method: 'POST', paths: poolPaths(), roles: ADMIN_ONLY, summary: 'create a floating-IP pool (sync)', handler: createPool },
    { method: 'PUT', paths: poolPaths('/{floatingippool_id}'), roles: ADMIN_ONLY, summary: 'edit a floating-IP pool', handler: editPool },
    { method: 'DELETE', paths: [...poolPaths(), ...poolPaths('/{floatingippool_id}')], roles: ADMIN_ONLY, summary: 'delete a floating-IP pool (id in path or ?floatingipool_id=)', handler: deletePool },
  ];
}
