import { quotaCategory, quotaDisplay } from '../../state/quota-names';
import { GLOBAL_AZ_ID, type Store } from '../../state/store';
import type { Project, Quota } from '../../state/types';
import { findQuota } from './rows';

/** Resources without a `::<reference>` part that the simulator keeps, per namespace (catalog §4.7, seed table 4.10.3). */
export const PLAIN_RESOURCES: Record<string, string[]> = {
  compute: ['cores', 'ram', 'vm_count', 'nfv_cores', 'nfv_ram', 'container_cloud_service'],
  storage: ['image_usage', 'backup_usage'],
};

/** Storage tags with storage in an AZ, in the store's order. */
function storageTagsIn(store: Store, azId: string): string[] {
  const tags = new Set<string>();
  for (const s of store.storages.values()) if (s.az_id === azId && s.storage_tag_id && store.storageTags.has(s.storage_tag_id)) tags.add(s.storage_tag_id);
  return [...tags];
}

/**
 * The documented quota keys (`namespace/resource`) a tenant has in an AZ, or
 * platform-wide for GLOBAL_AZ_ID: CPU, memory, servers, NFV CPU and memory,
 * backup space and one storage quota per storage tag of the AZ; globally the
 * private-image space, the container cloud service and a floating-IP count and
 * bandwidth per line type. GPU and disaster-recovery quotas need hardware and
 * services the simulator does not have, so they are not kept.
 */
export function documentedQuotaKeys(store: Store, azId: string): string[] {
  const all = [
    ...Object.entries(PLAIN_RESOURCES).flatMap(([ns, resources]) => resources.map((r) => `${ns}/${r}`)),
    ...[...store.lineTypes.keys()].flatMap((lt) => [`network/eip_count::${lt}`, `network/eip_bandwidth::${lt}`]),
  ];
  const global = azId === GLOBAL_AZ_ID;
  if (global) return all.filter((key) => quotaCategory(key.split('/')[1]) === 'global');
  return [...all.filter((key) => quotaCategory(key.split('/')[1]) === 'pool'), ...storageTagsIn(store, azId).map((tag) => `storage/storage_tag::${tag}`)];
}

/** The row of a tenant for a key, made (without limits) when it has none. */
export function quotaRecord(store: Store, project: Project, namespace: string, resource: string): Quota {
  const found = findQuota(store, project.id, namespace, resource);
  if (found) return found;
  const q: Quota = {
    id: store.ids.hex(64), project_id: project.id, category: quotaCategory(resource), provider: 'hci', namespace, resource,
    ...quotaDisplay(namespace, resource, store), limits: {},
  };
  store.quotas.set(q.id, q);
  return q;
}

/**
 * Gives a tenant a record of every documented quota in an AZ (GLOBAL_AZ_ID:
 * the global ones), with a hard limit of 0 where it has none yet. SCP's setup
 * (seed §3.1.1) has the admin set the quotas of a new tenant before it creates
 * anything, and a tenant "can create servers only on tagged storage it has
 * quota on" (seed L691): a new tenant starts with nothing, not unlimited.
 */
export function addQuotaRecords(store: Store, project: Project, azId: string): void {
  for (const key of documentedQuotaKeys(store, azId)) {
    const [namespace, resource] = key.split('/');
    const q = quotaRecord(store, project, namespace, resource);
    q.limits[azId] ??= 0;
  }
}

/** Takes a tenant's limits in an AZ away (the AZ was dissociated); pool rows left without any AZ go. */
export function dropQuotaRecords(store: Store, projectId: string, azId: string): void {
  for (const q of [...store.quotas.values()]) {
    if (q.project_id !== projectId) continue;
    delete q.limits[azId];
    if (q.category === 'pool' && !Object.keys(q.limits).length) store.quotas.delete(q.id);
  }
}
