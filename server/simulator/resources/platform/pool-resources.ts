import { usageByProjectAz } from '../../state/quota';
import type { Store } from '../../state/store';
import { hostLoads, hostsIn, storagesIn, storageUsedMb } from './capacity';

/** One `virtual_resources` entry: the quota view of a pool (catalog §4.3). */
export interface VirtualResource {
  provider?: string;
  namespace?: string;
  resource?: string;
  name: string;
  limit: number;
  total: number;
  allocated: number;
  occupied: number;
  unit: string;
}

export interface VirtualOptions {
  /** Storage entry name from the tag name: the AZ detail shows the policy (`高性能存储 (默认)`), the overview the bare name. */
  storageName: (tagName: string) => string;
  /** The 20200725 detail names the quota key of the CPU and memory entries (`hci/compute/pool_cpu`). */
  withKeys?: boolean;
}

/** Sum over every tenant of the quota hard limits (unlimited ones left out) and of the usage, for one key in the AZs. */
function quotaFigures(store: Store, azIds: Set<string>, usage: Map<string, Record<string, number>>, key: string) {
  let allocated = 0;
  for (const q of store.quotas.values()) {
    if (`${q.namespace}/${q.resource}` !== key) continue;
    for (const [az, limit] of Object.entries(q.limits)) if (azIds.has(az) && limit > 0) allocated += limit;
  }
  let occupied = 0;
  for (const [bucket, used] of usage) if (azIds.has(bucket.split('|')[1])) occupied += used[key] ?? 0;
  return { allocated, occupied };
}

/** CPU, memory and one entry per storage tag present in the AZs: capacity, what tenants were allotted, what they use. */
export function virtualResources(store: Store, azIds: Set<string>, opts: VirtualOptions): VirtualResource[] {
  const usage = usageByProjectAz(store);
  const hosts = hostsIn(store, azIds);
  const keyed = (resource: string) => (opts.withKeys ? { provider: 'hci', namespace: 'compute', resource } : {});
  const figures = (key: string) => quotaFigures(store, azIds, usage, key);
  const out: VirtualResource[] = [
    { ...keyed('pool_cpu'), name: 'CPU', limit: -1, total: hosts.reduce((n, h) => n + h.core_count, 0), ...figures('compute/cores'), unit: '核' },
    { ...keyed('pool_memory'), name: '内存', limit: -1, total: hosts.reduce((n, h) => n + h.memory_total_mb, 0), ...figures('compute/ram'), unit: 'MB' },
  ];
  const capacityByTag = new Map<string, number>();
  for (const s of storagesIn(store, azIds)) {
    if (s.storage_tag_id) capacityByTag.set(s.storage_tag_id, (capacityByTag.get(s.storage_tag_id) ?? 0) + s.total_mb);
  }
  for (const [tagId, total] of capacityByTag) {
    const tag = store.storageTags.get(tagId);
    out.push({ name: opts.storageName(tag?.name ?? tagId), limit: -1, total, ...figures(`storage/storage_tag::${tagId}`), unit: 'MB' });
  }
  return out;
}

/** Names of the physical entries: the AZ detail says gpu/gpu_mem, the overview graphics_num/graphics_mem. */
export type PhysicalNaming = 'az' | 'overview';

/** Physical capacity and use of the hosts and storages of the AZs (catalog §4.3). */
export function physicalResources(store: Store, azIds: Set<string>, naming: PhysicalNaming) {
  const loads = hostLoads(store);
  const hosts = hostsIn(store, azIds);
  const used = storageUsedMb(store);
  const storages = storagesIn(store, azIds);
  const sum = <T>(items: T[], f: (t: T) => number) => Math.round(items.reduce((n, t) => n + f(t), 0) * 100) / 100;
  return [
    { name: 'storage', total: sum(storages, (s) => s.total_mb), used: sum(storages, (s) => used.get(s.id) ?? 0), unit: 'mb' },
    { name: 'cpu', total: sum(hosts, (h) => h.cpu_total_mhz), used: sum(hosts, (h) => loads.get(h.id)?.cpu_used_mhz ?? 0), unit: 'mhz' },
    { name: 'memory', total: sum(hosts, (h) => h.memory_total_mb), used: sum(hosts, (h) => loads.get(h.id)?.memory_used_mb ?? 0), unit: 'mb' },
    { name: naming === 'az' ? 'gpu' : 'graphics_num', total: 0, used: 0, unit: '张' },
    { name: naming === 'az' ? 'gpu_mem' : 'graphics_mem', total: 0, used: 0, unit: 'mb' },
  ];
}
