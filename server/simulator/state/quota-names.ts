import type { Store } from './store';

const NAMES: Record<string, { name: string; unit: string }> = {
  'compute/cores': { name: 'CPU', unit: '核' },
  'compute/ram': { name: '内存', unit: 'MB' },
  'compute/vm_count': { name: '云主机', unit: '台' },
  'compute/nfv_cores': { name: 'NFV CPU', unit: '核' },
  'compute/nfv_ram': { name: 'NFV 内存', unit: 'MB' },
  'compute/container_cloud_service': { name: '容器云', unit: '个' },
  'storage/image_usage': { name: '私有镜像空间', unit: 'Bytes' },
  'storage/backup_usage': { name: '备份空间', unit: 'Bytes' },
};

/** The display name and unit SCP shows for a quota key (catalog §4.7, seed table 4.10.3). */
export function quotaDisplay(namespace: string, resource: string, store: Store): { name: string; unit: string } {
  const known = NAMES[`${namespace}/${resource}`];
  if (known) return known;
  const [base, ref] = resource.split('::');
  if (namespace === 'storage' && base === 'storage_tag') return { name: store.storageTags.get(ref)?.name ?? '存储', unit: 'MB' };
  if (namespace === 'network' && base === 'eip_count') return { name: '弹性IP', unit: '个' };
  if (namespace === 'network' && base === 'eip_bandwidth') return { name: '带宽', unit: 'Kbps' };
  return { name: resource, unit: '' };
}

/** Resources SCP keeps platform-wide, under GLOBAL_AZ_ID (catalog §4.7). */
export const GLOBAL_RESOURCES = new Set(['container_cloud_service', 'eip_bandwidth', 'eip_count', 'dr_vm_count', 'image_usage']);

/** `eip_count::<line type id>` → `eip_count`. */
export const resourceBase = (resource: string) => resource.split('::')[0];

/** Whether a quota row is global (one limit under GLOBAL_AZ_ID) or per AZ. */
export function quotaCategory(resource: string): 'global' | 'pool' {
  return GLOBAL_RESOURCES.has(resourceBase(resource)) ? 'global' : 'pool';
}
