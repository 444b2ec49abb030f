import type { Store } from '../../state/store';
import type { Image, ImageDisk } from '../../state/types';
import { firstVsStorage } from '../volumes/storage';

export const MIB = 1024 * 1024;

/** Which list version renders the image: 20200725 adds `hci_param` and the disks' `pci_type` (seed L23438). */
export type ImageApiVersion = '20180725' | '20200725';

/**
 * The built-in disk of an aCloud image once it is in its AZs: one `ide0` copy
 * per AZ on that AZ's VS storage, as the list sample shows (seed L23330). ISO
 * images have none.
 */
export function imageDisks(store: Store, img: Image, sizeMb: number): ImageDisk[] {
  if (img.disk_format !== 'aCloud') return [];
  return img.az_ids.map((az) => ({ id: 'ide0', storage_id: firstVsStorage(store, az)?.id ?? '', size_mb: sizeMb, preallocate: 'off' }));
}

/** An image list item (catalog §4.9, seed L23270). */
export function renderImage(store: Store, img: Image, version: ImageApiVersion): Record<string, unknown> {
  // The sample pairs vmtools with the built-in aCloud image and not with the ISO one.
  const vmtools = img.disk_format === 'aCloud' ? 1 : 0;
  const available = img.status === 'active' ? 1 : 0;
  const v2020 = version === '20200725';
  return {
    id: img.id, name: img.name, description: img.description, image_type: img.image_type, status: img.status,
    os_type: img.os_type, visibility: img.visibility, disk_format: img.disk_format, owner_id: img.owner_id,
    size_mb: img.size_mb, virtual_size_mb: img.virtual_size_mb, category: img.image_type === 'service' ? 'service' : 'normal',
    // §9.6: the table spells it is_vmttools_installed, the 20200725 sample is_vmtools_installed; clients read either.
    is_vmttools_installed: vmtools, is_vmtools_installed: vmtools,
    has_gpu: 0, message: img.message, task_id: img.task_id, support_versions: ['all'],
    azs: img.az_ids.map((id) => ({ id, is_available: available, arch_type: store.azs.get(id)?.arch_type ?? '' })),
    disks: img.disks.map((d) => ({
      ...d,
      tpl_config: { mem_hotplug: 0, cpu_hotplug: 0, machine_type: 'i440fx' },
      ...(v2020 ? { pci_type: 'pcie-root-port' } : {}),
    })),
    image_members: null,
    ...(v2020 ? { hci_param: img.disk_format === 'aCloud' ? { boot_disk: 'ide0', boot_order: 'dc' } : null } : {}),
  };
}
