import { notFound } from '../../errors';
import type { Store } from '../../state/store';
import { isoTime } from '../../state/time';
import type { Storage, Volume } from '../../state/types';

/** `2021-04-25T04:17:30.000000`: the zone-less UTC form of the volume samples (seed L41120). */
const volumeTime = (ms: number) => isoTime(ms).replace(/Z$/, '.000000');

/** The volume, or 404. Only admins reach volume routes, so every volume is visible. */
export function getVolume(store: Store, id: string): Volume {
  const v = store.volumes.get(id);
  if (!v) throw notFound('volume', id);
  return v;
}

/** Moves a volume to a new status, stamping `updated_at`. */
export function setVolumeStatus(v: Volume, status: Volume['status'], now: number): void {
  v.status = status;
  v.updated_at = volumeTime(now);
}

/**
 * The next iSCSI target number on a storage: the samples show small integers
 * as strings ("205", "206") that, with az_id and storage_id, identify the disk.
 */
function nextTargetId(store: Store, storageId: string): string {
  let max = 200;
  for (const v of store.volumes.values()) if (v.storage_id === storageId) max = Math.max(max, Number(v.target_id) || 0);
  return String(max + 1);
}

/** Adds a shared disk in `creating`; its create task makes it `available`. */
export function addVolume(store: Store, input: { name: string; description: string; size: number; userId: string; projectId: string; storage: Storage; now: number }): Volume {
  const v: Volume = {
    id: store.ids.uuid(), name: input.name, description: input.description, size: input.size, volume_type: 'sharedisk',
    status: 'creating', user_id: input.userId, project_id: input.projectId, az_id: input.storage.az_id, storage_id: input.storage.id,
    target_id: nextTargetId(store, input.storage.id), disk_id: store.ids.hex(33),
    created_at: volumeTime(input.now), updated_at: volumeTime(input.now),
  };
  store.volumes.set(v.id, v);
  return v;
}
