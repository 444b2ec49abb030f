import { badRequest, notFound } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { limitOf, usage } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { actingProject, isAdmin } from '../../state/scope';
import { getVisibleAz } from './az-access';
import { ratio, storageUsedMb } from './capacity';

/** The tenant whose quota view is asked for: a tenant's own, or the admin's `project_id` (none = the platform view). */
function viewedProject(ctx: RequestContext): string | undefined {
  const requested = ctx.query.get('project_id') || undefined;
  if (isAdmin(ctx.principal) && !requested) return undefined;
  const projectId = actingProject(ctx.principal, requested);
  if (!ctx.store.projects.has(projectId)) throw notFound('project', projectId);
  return projectId;
}

/**
 * Storage tags of an AZ, a bare list (catalog §4.10). For a tenant: only the
 * tags it has quota on (a limit other than 0), `total_mb` its limit (the tag's
 * capacity when unlimited) and `used_mb` its usage. Without `project_id` an admin
 * gets every tag of the AZ with capacity and use.
 */
function storageTags(ctx: RequestContext) {
  const { store } = ctx;
  const azId = ctx.query.get('az_id');
  if (!azId) throw badRequest('az_id is required: the storage tags are listed per AZ (resource pool)');
  const az = getVisibleAz(ctx, azId);
  const projectId = viewedProject(ctx);
  const capacity = new Map<string, number>();
  const used = new Map<string, number>();
  const usedByStorage = storageUsedMb(store);
  for (const s of store.storages.values()) {
    if (s.az_id !== az.id || !s.storage_tag_id) continue;
    capacity.set(s.storage_tag_id, (capacity.get(s.storage_tag_id) ?? 0) + s.total_mb);
    used.set(s.storage_tag_id, (used.get(s.storage_tag_id) ?? 0) + (usedByStorage.get(s.id) ?? 0));
  }
  const associated = projectId === undefined || store.projects.get(projectId)!.az_ids.includes(az.id);
  const tenantUsage = projectId ? usage(store, projectId, az.id) : {};
  const rows = [];
  for (const [tagId, cap] of capacity) {
    const tag = store.storageTags.get(tagId);
    if (!tag) continue;
    let total = cap;
    let inUse = used.get(tagId) ?? 0;
    if (projectId) {
      const limit = limitOf(store, projectId, az.id, `storage/storage_tag::${tagId}`);
      if (!associated || limit === 0) continue;
      total = limit < 0 ? cap : limit;
      inUse = tenantUsage[`storage/storage_tag::${tagId}`] ?? 0;
    }
    rows.push({
      id: tag.id, name: tag.name, description: tag.description, total_mb: total, used_mb: inUse, ratio: ratio(inUse, total), project_id: projectId ?? '',
    });
  }
  return rows;
}

/** GET /storages/tags: which tags a tenant may create servers on. */
export function storageTagRoutes(): RouteSpec[] {
  return [{
    method: 'GET', paths: ['/janus/20180725/storages/tags'], roles: ADMIN_AND_TENANT,
    summary: 'storage tags of an AZ with quota and usage (bare list; Q az_id required)',
    handler: (ctx) => ok(storageTags(ctx)),
  }];
}
