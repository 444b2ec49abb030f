import { intToIp } from '../../state/ip';
import type { Store } from '../../state/store';
import type { Server, ServerDisk, ServerNic } from '../../state/types';

/** CPU clock the simulated hosts report per core (MHz). */
const MHZ_PER_CORE = 2400;

/** A stable fraction in [0, 1) from a server id, so usage figures stay put between polls. */
function fraction(id: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Total disk size in MB (share disks included, as SCP's `storage_mb` is what the VM sees). */
export function storageMb(server: Server): number {
  return server.disks.reduce((sum, d) => sum + d.size_mb, 0);
}

/**
 * Plausible, deterministic usage figures. CPU, memory, IO and network are 0
 * while the server is not running; storage use stays (the disks keep their data).
 */
export function usageFigures(server: Server) {
  const on = server.status === 'running';
  const cpuRatio = on ? round2(0.03 + fraction(server.id, 1) * 0.6) : 0;
  const memRatio = on ? round2(0.15 + fraction(server.id, 2) * 0.6) : 0;
  const diskRatio = round2(0.05 + fraction(server.id, 3) * 0.5);
  const totalMhz = server.cores * MHZ_PER_CORE;
  const totalStorage = storageMb(server);
  const io = on ? fraction(server.id, 4) : 0;
  return {
    mhz: totalMhz,
    cpu_status: { total_mhz: totalMhz, used_mhz: round2(totalMhz * cpuRatio), ratio: cpuRatio },
    memory_status: { total_mb: server.memory_mb, used_mb: round2(server.memory_mb * memRatio), ratio: memRatio },
    storage_status: {
      total_mb: totalStorage, used_mb: round2(totalStorage * diskRatio), ratio: diskRatio,
      storage_file_size_mb: round2(totalStorage * Math.min(1, diskRatio + 0.05)),
    },
    io_status: {
      read_speed_byteps: round2(io * 4_000_000), write_speed_byteps: round2(io * 2_500_000),
      read_iops: round2(io * 300), write_iops: round2(io * 180),
    },
    network_status: { read_speed_bitps: round2(io * 8_000_000), write_speed_bitps: round2(io * 3_000_000) },
  };
}

/** A disk as list and detail show it; `detail` adds the detail-only fields. */
export function renderDisk(store: Store, disk: ServerDisk, index: number, detail: boolean) {
  const storage = store.storages.get(disk.storage_id);
  const base = {
    id: disk.id, size_mb: disk.size_mb, preallocate: disk.preallocate, eagerly_scrub: 0, storage_id: disk.storage_id,
    storage_name: storage?.name ?? '', storage_file: disk.type === 'share_disk' ? '' : `${disk.storage_id}:vm-disk-${index + 1}.qcow2`,
  };
  if (!detail) return { ...base, physical_disk_type: '', storage_tag_id: disk.storage_tag_id || null };
  return {
    ...base, is_old_disk: 1, type: disk.type, backing_file: '', label: `硬盘${index + 1}`, use_virtio: 1, storage_policy: '',
  };
}

/** A NIC with its VPC and subnet names, as list and detail show it; `detail` adds label, ip_info… */
export function renderNic(store: Store, nic: ServerNic, index: number, detail: boolean) {
  const subnet = store.subnets.get(nic.subnet_id);
  const vpc = store.vpcs.get(nic.vpc_id);
  const base = {
    connect: nic.connect, device_id: null, model: nic.model, ip_address: nic.ip_address, ipv6_address: '',
    mac_address: nic.mac_address, vif_id: nic.vif_id, port_id: nic.port_id, name: null,
    vpc_id: nic.vpc_id, vpc_name: vpc?.name ?? '', network_type: subnet ? 'vpc' : '', subnet_id: nic.subnet_id,
    subnet_name: subnet?.name ?? '', cidr: subnet?.cidr ?? '', subnet_gateway_ip: subnet?.gateway_ip ?? '', custom_gateway_ip: null,
  };
  if (!detail) return base;
  const netmask = subnet ? intToIp((0xffffffff << (32 - Number(subnet.cidr.split('/')[1]))) >>> 0) : '';
  return {
    ...base, label: `网络连接${index + 1}`, host_tso: 0,
    ip_info: subnet ? { ip_address: nic.ip_address, netmask, gateway: subnet.gateway_ip, dns: [] } : {},
    ipv6_info: {},
  };
}

/** The server's floating IP with its line type and bandwidth, or undefined. */
export function floatingIpOf(store: Store, server: Server) {
  const fip = server.floatingip_id ? store.floatingIps.get(server.floatingip_id) : undefined;
  if (!fip) return undefined;
  const lineTypeId = store.floatingIpPools.get(fip.floatingip_pool_id)?.line_type_id ?? '';
  return {
    fip, lineTypeId, lineTypeName: store.lineTypes.get(lineTypeId)?.name ?? '', bandwidth: fip.qos_uplink,
    bindStatus: fip.binding?.status ?? '',
  };
}

/** Names of the things a server points at: O(1) map lookups only, so a page of 100 renders in well under a millisecond. */
export function namesOf(store: Store, server: Server) {
  const system = server.disks[0];
  return {
    az_name: store.azs.get(server.az_id)?.name ?? '',
    host_name: store.hosts.get(server.host_id)?.name ?? '',
    image_name: store.images.get(server.image_id)?.name ?? '',
    project_name: store.projects.get(server.project_id)?.name ?? (server.project_id ? 'admin' : ''),
    user_name: store.users.get(server.user_id)?.name ?? '',
    storage_id: system?.storage_id ?? '',
    storage_name: store.storages.get(system?.storage_id ?? '')?.name ?? '',
    storage_tag_name: store.storageTags.get(server.storage_tag_id)?.name ?? '',
  };
}
