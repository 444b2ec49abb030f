import type { Store } from '../../state/store';
import type { Server } from '../../state/types';
import type { ApiVersion } from './paths';
import { floatingIpOf, namesOf, renderDisk, renderNic, storageMb, usageFigures } from './render-parts';

/** Seconds since power-on while running, else 0. */
function uptime(server: Server, now: number): number {
  return server.status === 'running' && server.powered_on_at ? Math.max(0, Math.floor((now - server.powered_on_at) / 1000)) : 0;
}

/** Operating-system description the 2019+ lists add (os_option), derived from os_type. */
function osOption(server: Server) {
  const windows = server.os_type.startsWith('ws') || server.os_type.startsWith('win');
  return { kernel_name: windows ? 'windows' : 'linux', distribution_name: server.os_type, arch: 'amd64' };
}

/** A server as the 2018 list prints it (catalog §4.8.2). */
function renderListItem2018(store: Store, s: Server, now: number) {
  const names = namesOf(store, s);
  const f = floatingIpOf(store, s);
  const ips = s.networks.filter((n) => n.ip_address).map((n) => n.ip_address);
  return {
    id: s.id, name: s.name, type: 'hci', status: s.status, os_type: s.os_type, os_name: names.image_name, description: s.description,
    uptime: uptime(s, now), shutdown_duration: 0, ips,
    user_id: s.user_id, user_name: names.user_name, project_id: s.project_id, project_name: names.project_name,
    group_id_path: '', group_name_path: '', group_id: '', group_name: '',
    cores_per_socket: Math.max(1, Math.floor(s.cores / Math.max(1, s.sockets))), sockets: s.sockets, cores: s.cores, memory_mb: s.memory_mb,
    disks: s.disks.map((d, i) => renderDisk(store, d, i, false)),
    networks: s.networks.map((n, i) => renderNic(store, n, i, false)),
    az_id: s.az_id, az_name: names.az_name, dh_id: '', dh_name: '', host_id: s.host_id, host_name: names.host_name,
    image_id: s.image_id, image_name: names.image_name, storage_id: names.storage_id, storage_name: names.storage_name,
    storage_tag_id: s.storage_tag_id,
    ...usageFigures(s),
    advance_param: { balloon_memory: 0, onboot: 0, schedopt: 0, abnormal_recovery: 0, vga: 'cirrus' },
    os_installed: 1, vtool_installed: 1, tags: [], alarm: { alarm: 0, alarm_info: [] },
    warning: { warning: 0, warning_type: '', warning_info: '' },
    in_protection: 0, protection_id: '', protection_name: '', protection_type: '', protection_enable: 0,
    backup_file_count: 0, vmtype: s.vmtype, iolog: [], power_state: s.power_state, is_stopped: s.power_state === 'off' ? 1 : 0,
    schedule_policies: [], location: 0,
    floatingip: {
      floatingip_id: f?.fip.id ?? '', floating_ip_address: f?.fip.floating_ip ?? '', bind_status: f?.bindStatus ?? '',
      line_type: f?.lineTypeName ?? '', line_type_id: f?.lineTypeId ?? '', bandwidth: f?.bandwidth ?? 0,
      sharedbandwidth_name: '', sharedbandwidth_id: f?.fip.sharedbandwidth_id ?? '',
    },
    instant_vm: 0, storage_mb: storageMb(s), expire_time: 'unlimited', network_type: s.networks.some((n) => n.vpc_id) ? ['vpc'] : [],
    encrypted: 0, cipher: '', gpu_conf: null,
    gpu_status: { graphics_count: 0, graphics_ratio: 0, graphics_mem_ratio: 0, graphics_mem_total: 0, graphics_mem_used: 0 },
    has_gpu: 0, keypair: null,
  };
}

/**
 * A list item for a given API version: 2018 fields plus each version's
 * additions (catalog §4.8.2). 2019 turns instant_vm/protection_enable into
 * strings; 2020 adds backup figures and created_at; 2021 adds real_ips/pcis;
 * 2022 adds CPU reservation and serial ports.
 */
export function renderListItem(store: Store, s: Server, version: ApiVersion, now: number): Record<string, unknown> {
  const item: Record<string, unknown> = renderListItem2018(store, s, now);
  if (version === '20180725') return item;
  const running = s.status === 'running';
  Object.assign(item, {
    instant_vm: '', protection_enable: '', os_option: osOption(s), template_id: '', storage_policy_id: '', vm_id: s.id, quotas: [],
  });
  if (version === '20190725') return item;
  const realIps = running ? (item.ips as string[]) : [];
  Object.assign(item, { real_ips: realIps, pcis: [] });
  if (version === '20210725' || version === '20220725') {
    item.networks = (item.networks as { ip_address: string }[]).map((n) => ({ ...n, real_ip: running ? n.ip_address : '', real_ipv6: '' }));
  }
  if (version === '20200725') {
    const usage = item.storage_status as { used_mb: number };
    const memory = item.memory_status as { used_mb: number };
    Object.assign(item, {
      latest_backup_time: '', backup_storage_name: '', backup_total_byte: 0, backup_policy_enable: 0, guest_hostname: running ? s.name : '',
      mem_used_physical: Math.round(memory.used_mb), disk_used_physical: Math.round(usage.used_mb), disk_used_logical: Math.round(usage.used_mb),
      created_at: s.created_at,
    });
  }
  if (version === '20220725') Object.assign(item, { cpu_reserve: 0, resource_reserve_policies: [], serials: [] });
  return item;
}
