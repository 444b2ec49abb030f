import { badRequest } from '../errors';
import { GLOBAL_AZ_ID, type Store } from './store';
import type { Server } from './types';

/** What a change would add to a tenant's usage in one AZ. */
export interface QuotaDelta {
  cores?: number;
  ram?: number;
  vm_count?: number;
  /** storage tag id → MB */
  storage?: Record<string, number>;
  /** Bytes of private image content; a global resource, so checked with azId = GLOBAL_AZ_ID. */
  image_usage?: number;
}

/** Servers count against quota unless they are gone for good; the recycle bin still holds them (SCP keeps their resources). */
function serverUsage(s: Server): QuotaDelta {
  const storage: Record<string, number> = {};
  for (const d of s.disks) if (d.type !== 'share_disk') storage[d.storage_tag_id] = (storage[d.storage_tag_id] ?? 0) + d.size_mb;
  return { cores: s.cores, ram: s.memory_mb, vm_count: 1, storage };
}

const bucketKey = (projectId: string, azId: string) => `${projectId}|${azId}`;

/**
 * One pass over everything that consumes quota, into buckets per tenant and AZ
 * (`keep` limits which buckets are filled). Shared disks count on their storage's
 * tag even in the recycle bin (catalog §7); floating IPs and private images are
 * global resources and count under GLOBAL_AZ_ID only, as their quota rows do (§4.7).
 */
function accumulate(store: Store, keep: (projectId: string, azId: string) => boolean): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const add = (projectId: string, azId: string, key: string, n: number) => {
    if (!keep(projectId, azId)) return;
    const k = bucketKey(projectId, azId);
    const bucket = out.get(k) ?? {};
    bucket[key] = (bucket[key] ?? 0) + n;
    out.set(k, bucket);
  };
  for (const s of store.servers.values()) {
    const u = serverUsage(s);
    add(s.project_id, s.az_id, 'compute/cores', u.cores!);
    add(s.project_id, s.az_id, 'compute/ram', u.ram!);
    add(s.project_id, s.az_id, 'compute/vm_count', 1);
    for (const [tag, mb] of Object.entries(u.storage!)) add(s.project_id, s.az_id, `storage/storage_tag::${tag}`, mb);
  }
  for (const v of store.volumes.values()) {
    const tag = store.storages.get(v.storage_id)?.storage_tag_id;
    if (tag && v.status !== 'error') add(v.project_id, v.az_id, `storage/storage_tag::${tag}`, v.size * 1024);
  }
  for (const f of store.floatingIps.values()) {
    const lineType = store.floatingIpPools.get(f.floatingip_pool_id)?.line_type_id ?? '';
    add(f.project_id, GLOBAL_AZ_ID, `network/eip_count::${lineType}`, 1);
    add(f.project_id, GLOBAL_AZ_ID, `network/eip_bandwidth::${lineType}`, f.qos_uplink);
  }
  for (const i of store.images.values()) {
    if (i.project_id) add(i.project_id, GLOBAL_AZ_ID, 'storage/image_usage', i.size_mb * 1024 * 1024);
  }
  return out;
}

/** Usage of one tenant in one AZ (GLOBAL_AZ_ID for global resources), keyed like quota rows: `compute/cores`, `storage/storage_tag::<id>`… */
export function usage(store: Store, projectId: string, azId: string): Record<string, number> {
  return accumulate(store, (p, az) => p === projectId && az === azId).get(bucketKey(projectId, azId)) ?? {};
}

/**
 * Usage of every tenant in every AZ at once (one pass), for quota lists; keyed
 * `<project_id>|<az_id>`, with an entry (maybe empty) for each associated AZ and GLOBAL_AZ_ID.
 */
export function usageByProjectAz(store: Store): Map<string, Record<string, number>> {
  const out = accumulate(store, () => true);
  for (const p of store.projects.values()) {
    for (const az of [...p.az_ids, GLOBAL_AZ_ID]) if (!out.has(bucketKey(p.id, az))) out.set(bucketKey(p.id, az), {});
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
    ['storage/image_usage', delta.image_usage ?? 0],
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
