import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { ADMIN_AND_TENANT } from '../../state/roles';
import type { Host } from '../../state/types';
import { visibleAzs } from './az-access';
import { hostLoads, ratio } from './capacity';

/** vCPU overcommit SCP shows for HCI hosts (host list sample). */
const CPU_ALLOCATION_RATIO = 2.5;
const SOCKETS = 2;

/** A host with its computed figures, flat so that `sort` reaches them (the doc asks for sorting by capacity, use and ratio). */
interface HostRow extends Host {
  cpu_used_mhz: number;
  cpu_ratio: number;
  memory_used_mb: number;
  memory_ratio: number;
  /** The doc's own sort example spells it `mem_ratio`. */
  mem_ratio: number;
  type: 'h';
  dh_id: string;
  cluster_id: string;
  cluster_name: string;
}

const SORTABLE = [
  'name', 'ip', 'status', 'cpu_total_mhz', 'cpu_used_mhz', 'cpu_ratio', 'memory_total_mb', 'memory_used_mb', 'memory_ratio',
  'mem_ratio', 'storage_total_mb', 'core_count',
];

function hostRows(ctx: RequestContext): HostRow[] {
  const azs = new Map(visibleAzs(ctx).map((a) => [a.id, a]));
  const loads = hostLoads(ctx.store);
  return [...ctx.store.hosts.values()].filter((h) => azs.has(h.az_id)).map((h) => {
    const load = loads.get(h.id) ?? { cpu_used_mhz: 0, memory_used_mb: 0 };
    const memRatio = ratio(load.memory_used_mb, h.memory_total_mb);
    // One HCI cluster per AZ in the simulator, so the AZ stands in for the cluster.
    return {
      ...h, cpu_used_mhz: load.cpu_used_mhz, cpu_ratio: ratio(load.cpu_used_mhz, h.cpu_total_mhz), memory_used_mb: load.memory_used_mb,
      memory_ratio: memRatio, mem_ratio: memRatio, type: 'h', dh_id: '', cluster_id: h.az_id, cluster_name: azs.get(h.az_id)!.name,
    };
  });
}

/** 20180725 item (catalog §4.3). */
function renderHost(h: HostRow) {
  const perSocket = Math.max(1, Math.round(h.core_count / SOCKETS));
  return {
    id: h.id, name: h.name, description: '', type: h.type, status: h.status, ip: h.ip, az_id: h.az_id, is_use_vs: 1, alarm_count: 0,
    reserves: { memory_mb: 0 },
    cpu: {
      total_mhz: h.cpu_total_mhz, used_mhz: h.cpu_used_mhz, ratio: h.cpu_ratio, socket_count: SOCKETS, cores_per_socket: perSocket,
      core_count: h.core_count, type: 'Intel(R) Xeon(R) Silver 4210R CPU @ 2.40GHz', allocation_max: h.core_count * CPU_ALLOCATION_RATIO,
      allocation_ratio: CPU_ALLOCATION_RATIO,
    },
    memory: { total_mb: h.memory_total_mb, used_mb: h.memory_used_mb, ratio: h.memory_ratio, allocation_max: h.memory_total_mb, allocation_ratio: 1.0 },
    storage: { total_mb: h.storage_total_mb },
    gpu: { total: 0, used: 0, ratio: 0, memory_total_mb: 0, memory_used_mb: 0, memory_ratio: 0 },
  };
}

/** 20190725 item: + cluster, dedicated group, system disk, serial number, threads per socket. */
function renderHost2019(h: HostRow) {
  const base = renderHost(h);
  return {
    ...base,
    cpu: { ...base.cpu, thread_per_socket: base.cpu.cores_per_socket * 2 },
    dh_id: h.dh_id, cluster_id: h.cluster_id, cluster_name: h.cluster_name, cluster_type: 'hci',
    system_disk: { status: 'normal', type: 'SSD', uuid: `36000c29${h.id.replace(/^host-/, '')}`, online_status: 1, ssd_remaining_life: '' },
    serial_number: `SN${h.id.replace(/^host-/, '').toUpperCase()}`,
  };
}

/** Physical hosts: admins see all, tenants those of their associated AZs. */
export function hostRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/hosts'], roles: ADMIN_AND_TENANT,
      summary: 'physical hosts with CPU/memory use (Q az_id)',
      handler: (ctx) => ok(listPage(hostRows(ctx), ctx.query, { filters: { az_id: eq('az_id') }, sortable: SORTABLE, render: renderHost })),
    },
    {
      method: 'GET', paths: ['/janus/20190725/hosts'], roles: ADMIN_AND_TENANT,
      summary: 'physical hosts (+dh_id, cluster_id, type, status, name, ip filters)',
      handler: (ctx) => ok(listPage(hostRows(ctx), ctx.query, {
        filters: {
          az_id: eq('az_id'), dh_id: eq('dh_id'), cluster_id: eq('cluster_id'), type: eq('type'), status: eq('status'),
          name: contains('name'), ip: contains('ip'),
        },
        sortable: SORTABLE,
        render: renderHost2019,
      })),
    },
  ];
}
