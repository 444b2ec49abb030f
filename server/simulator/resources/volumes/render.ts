import type { Volume } from '../../state/types';

/** A volume as list and detail return it (catalog §4.12, seed L41095). */
export function renderVolume(v: Volume): Record<string, unknown> {
  return {
    id: v.id, name: v.name, description: v.description, size: v.size, volume_type: v.volume_type, status: v.status,
    user_id: v.user_id, project_id: v.project_id, az_id: v.az_id, storage_id: v.storage_id, target_id: v.target_id,
    disk_id: v.disk_id, created_at: v.created_at, updated_at: v.updated_at,
  };
}
