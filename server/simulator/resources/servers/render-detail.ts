import type { Store } from '../../state/store';
import type { Server } from '../../state/types';
import type { ApiVersion } from './paths';
import { floatingIpOf, namesOf, renderDisk, renderNic } from './render-parts';

/**
 * A server as the detail endpoint prints it (catalog §4.8.3). Field names differ
 * from the list on purpose, as in SCP: `vm_type`, `floatingip.floatingip_ip`,
 * `location` as an object, `hotplug_sup_info`.
 */
export function renderDetail(store: Store, s: Server, version: ApiVersion): Record<string, unknown> {
  const names = namesOf(store, s);
  const f = floatingIpOf(store, s);
  const image = store.images.get(s.image_id);
  const storage = store.storages.get(names.storage_id);
  const az = store.azs.get(s.az_id);
  const detail: Record<string, unknown> = {
    id: s.id, status: s.status, name: s.name, vm_type: s.vmtype, description: s.description,
    group_id: '', group_id_path: '', group_name: '', storage_name: names.storage_name, host_name: names.host_name,
    project_id: s.project_id, project_name: names.project_name, user_id: s.user_id, cores: s.cores, sockets: s.sockets, memory_mb: s.memory_mb,
    location: { id: 'cluster', location: 0, policy_type: '' },
    storage_type: storage?.type ?? '', storage_location: names.storage_id, storage_tag_id: s.storage_tag_id, storage_tag_name: names.storage_tag_name,
    az_id: s.az_id, az_name: names.az_name, pool_tag: az?.tag ?? '', dh_id: null, dh_tag: '',
    disks: s.disks.map((d, i) => renderDisk(store, d, i, true)),
    networks: s.networks.map((n, i) => renderNic(store, n, i, true)),
    cdroms: [{ id: 'ide2', image_id: '', location: '', storage_name: '', image_name: '' }],
    usbs: [],
    os_type: s.os_type, os_name: names.image_name, image_name: names.image_name, os_installed: 1, vtool_installed: 1,
    ha: 1, snap: store.snapshotsOf(s.id).length > 0 ? 1 : 0, backup: 0, derived: image?.disk_format === 'aCloud' ? 1 : 0,
    hotplug_sup_info: { cpu: s.cpu_hotplug, memory: s.mem_hotplug },
    floatingip: {
      floatingip_id: f?.fip.id ?? '', floatingip_ip: f?.fip.floating_ip ?? '', line_type_name: f?.lineTypeName ?? '',
      line_type_id: f?.lineTypeId ?? '', bandwidth: f?.bandwidth ?? 0, sharedbandwidth_name: '', sharedbandwidth_id: f?.fip.sharedbandwidth_id ?? '',
    },
    advance_param: {
      cpu_type: 'core2duo', onboot: 0, use_uuid: 0, uuid: '', abnormal_recovery: 0, hugepage_memory: 0, balloon_memory: 0, schedopt: 0,
      cpu_hotplug: s.cpu_hotplug, mem_hotplug: s.mem_hotplug, boot_order: 'cd', boot_disk: s.disks[0]?.id ?? 'ide0', dir: '',
      use_vblk: 0, real_use_vblk: 0, storage_policy: '',
    },
    instant_vm: '', encrypted: 0, cipher: '', gpu: null, machine_type: 'i440fx', arch_type: az?.arch_type ?? 'hci_x86',
  };
  if (version === '20180725') return detail;
  (detail.advance_param as Record<string, unknown>).invts = 0;
  if (version === '20190725') return detail;
  Object.assign(detail, { timing_sync_vm_clock_enable: 0 });
  if (version === '20200725') {
    Object.assign(detail, { quotas: [], pci_cards: [], pci_type: 'PCI_BRIDGE', expire_time: 'unlimited', image_id: s.image_id, created_at: s.created_at });
  }
  return detail;
}
