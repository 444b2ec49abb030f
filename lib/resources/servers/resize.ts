import type { ServerDetail } from '@/lib/scp';
import { ALLOWED, refuse, type Verdict } from '../core/types';

/*
 * Resize rules (catalog §4.8.5, as the simulator enforces them): CPU and
 * memory change freely while the server is stopped. While it runs, only with
 * hot-plug on for that resource, and hot-plug only adds.
 */

/** The CPU and memory an edit asks for. */
export interface ResizeRequest {
  cores: number;
  sockets: number;
  memory_mb: number;
}

/** Whether hot-plug is on for CPU and memory (advance_param, or hotplug_sup_info on older builds). */
export function hotplugOf(server: Pick<ServerDetail, 'advance_param' | 'hotplug_sup_info'>): { cpu: boolean; memory: boolean } {
  return {
    cpu: (server.advance_param?.cpu_hotplug ?? server.hotplug_sup_info?.cpu ?? 0) === 1,
    memory: (server.advance_param?.mem_hotplug ?? server.hotplug_sup_info?.memory ?? 0) === 1,
  };
}

/** Whether `server` may change to `next` CPU and memory now, and why not. */
export function resizeVerdict(server: Pick<ServerDetail, 'status' | 'cores' | 'sockets' | 'memory_mb' | 'advance_param' | 'hotplug_sup_info'>, next: ResizeRequest): Verdict {
  const sockets = server.sockets ?? 1;
  const cpuChanged = next.cores !== server.cores || next.sockets !== sockets;
  const memoryChanged = next.memory_mb !== server.memory_mb;
  if (!cpuChanged && !memoryChanged) return ALLOWED;
  if (next.cores % next.sockets !== 0) return refuse('state', 'servers.reason.coresPerSocket');
  if (server.status === 'stopped') return ALLOWED;
  if (server.status !== 'running') return refuse('state', 'servers.reason.resizeStopped');
  const hotplug = hotplugOf(server);
  if (cpuChanged) {
    if (!hotplug.cpu) return refuse('state', 'servers.reason.resizeCpuHotplug');
    if (next.cores < server.cores || next.sockets < sockets) return refuse('state', 'servers.reason.resizeOnlyAdd');
  }
  if (memoryChanged) {
    if (!hotplug.memory) return refuse('state', 'servers.reason.resizeMemoryHotplug');
    if (next.memory_mb < server.memory_mb) return refuse('state', 'servers.reason.resizeOnlyAdd');
  }
  return ALLOWED;
}
