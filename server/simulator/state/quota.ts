import { badRequest } from '../http/errors';
import type { Store } from './store';
import type { Server } from './types';

/** What a change would add to a tenant's usage in one AZ. */
export interface QuotaDelta {
  cores?: number;
  ram?: number;
  vm_count?: number;
  /** storage tag id → MB */
  storage?: Record<string, number>;
}

/** Servers count against quota unless they are gone for good; the recycle bin still holds them (SCP keeps their resources). */
function serverUsage(s: Server): QuotaDelta {
  const storage: Record<string, number> = {};
  for (const d of s.disks) if (d.type !== 'share_disk') storage[d.storage_tag_id] = (storage[d.storage_tag_id] ?? 0) + d.size_mb;
  return { cores: s.cores, ram: s.memory_mb, vm_count: 1, storage };
}

/** Usage of one tenant in one AZ, keyed like quota rows: `compute/cores`, `storage/storage_tag::<id>`… */
export function usage(store: Store, projectId: string, azId: string): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (key: string, n: number) => (out[key] = (out[key] ?? 0) + n);
  for (const s of store.servers.values()) {
    if (s.project_id !== projectId || s.az_id !== azId) continue;
    const u = serverUsage(s);
    add('compute/cores', u.cores!);
    add('compute/ram', u.ram!);
    add('compute/vm_count', 1);
    for (const [tag, mb] of Object.entries(u.storage!)) add(`storage/storage_tag::${tag}`, mb);
  }
  for (const f of store.floatingIps.values()) {
    if (f.project_id !== projectId) continue;
    const lineType = store.floatingIpPools.get(f.floatingip_pool_id)?.line_type_id ?? '';
    add(`network/eip_count::${lineType}`, 1);
    add(`network/eip_bandwidth::${lineType}`, f.qos_uplink);
  }
  return out;
}

/** Usage of every tenant in every AZ at once (one pass), for quota lists. */
export function usageByProjectAz(store: Store): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const seen = new Set<string>();
  for (const s of store.servers.values()) seen.add(`${s.project_id}|${s.az_id}`);
  for (const p of store.projects.values()) for (const az of p.az_ids) seen.add(`${p.id}|${az}`);
  for (const key of seen) {
    const [p, az] = key.split('|');
    out.set(key, usage(store, p, az));
  }
  return out;
}

/** The hard limit for a quota key in an AZ; −1 (unlimited) when the tenant has no row. */
export function limitOf(store: Store, projectId: string, azId: string, key: string): number {
  for (const q of store.quotas.values()) {
    if (q.project_id === projectId && `${q.namespace}/${q.resource}` === key) return q.limits[azId] ?? -1;
  }
  return -1;
}

/**
 * Refuses a change that would exceed a quota, naming the quota, the limit, the
 * usage and the request: `quota compute/cores exceeded in AZ …: limit 64, in use 60, requested 8`.
 * Admins' own (platform) resources are not under tenant quota.
 */
export function assertQuota(store: Store, projectId: string, azId: string, delta: QuotaDelta): void {
  if (!store.projects.has(projectId)) return;
  const used = usage(store, projectId, azId);
  const wanted: [string, number][] = [
    ['compute/cores', delta.cores ?? 0],
    ['compute/ram', delta.ram ?? 0],
    ['compute/vm_count', delta.vm_count ?? 0],
    ...Object.entries(delta.storage ?? {}).map(([tag, mb]) => [`storage/storage_tag::${tag}`, mb] as [string, number]),
  ];
  const azName = store.azs.get(azId)?.name ?? azId;
  for (const [key, n] of wanted) {
    if (n <= 0) continue;
    const limit = limitOf(store, projectId, azId, key);
    const inUse = used[key] ?? 0;
    if (limit >= 0 && inUse + n > limit) {
      throw badRequest(`quota ${key} exceeded in AZ ${azName}: limit ${limit}, in use ${inUse}, requested ${n}`);
    }
  }
}
