import type { Store } from '../../state/store';
import type { Host, Storage } from '../../state/types';

/** Share of a running guest's vCPUs that is busy: the simulator has no load, so it assumes a steady 30 %. */
const NOMINAL_CPU_LOAD = 0.3;

/** What the running servers on one host consume. */
export interface HostLoad {
  cpu_used_mhz: number;
  memory_used_mb: number;
  running_servers: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** `used / total` as SCP shows it (two decimals, 0 when there is no capacity). */
export const ratio = (used: number, total: number) => (total > 0 ? round2(used / total) : 0);

/** Load per host from the servers powered on there: memory is what guests were given, CPU a nominal share of their vCPUs. */
export function hostLoads(store: Store): Map<string, HostLoad> {
  const out = new Map<string, HostLoad>();
  for (const s of store.servers.values()) {
    if (s.power_state !== 'on' || !s.host_id) continue;
    const host = store.hosts.get(s.host_id);
    if (!host) continue;
    const load = out.get(host.id) ?? { cpu_used_mhz: 0, memory_used_mb: 0, running_servers: 0 };
    load.cpu_used_mhz += s.cores * (host.cpu_total_mhz / host.core_count) * NOMINAL_CPU_LOAD;
    load.memory_used_mb += s.memory_mb;
    load.running_servers += 1;
    out.set(host.id, load);
  }
  for (const [id, load] of out) {
    const host = store.hosts.get(id)!;
    load.cpu_used_mhz = round2(Math.min(load.cpu_used_mhz, host.cpu_total_mhz));
    load.memory_used_mb = Math.min(load.memory_used_mb, host.memory_total_mb);
  }
  return out;
}

/**
 * MB used per storage: server disks (shared disks excepted, they are volumes)
 * and volumes. A disk without a storage id lands on the first storage of its tag in its AZ.
 */
export function storageUsedMb(store: Store): Map<string, number> {
  const out = new Map<string, number>();
  const byAzTag = new Map<string, Storage>();
  for (const st of [...store.storages.values()].reverse()) byAzTag.set(`${st.az_id}|${st.storage_tag_id}`, st);
  const add = (storageId: string | undefined, mb: number) => {
    if (storageId && store.storages.has(storageId)) out.set(storageId, (out.get(storageId) ?? 0) + mb);
  };
  for (const s of store.servers.values()) {
    for (const d of s.disks) {
      if (d.type === 'share_disk') continue;
      add(store.storages.has(d.storage_id) ? d.storage_id : byAzTag.get(`${s.az_id}|${d.storage_tag_id}`)?.id, d.size_mb);
    }
  }
  for (const v of store.volumes.values()) if (v.status !== 'error') add(v.storage_id, v.size * 1024);
  return out;
}

/** Hosts of the given AZs. */
export const hostsIn = (store: Store, azIds: Set<string>): Host[] => [...store.hosts.values()].filter((h) => azIds.has(h.az_id));

/** Storages of the given AZs. */
export const storagesIn = (store: Store, azIds: Set<string>): Storage[] => [...store.storages.values()].filter((s) => azIds.has(s.az_id));
