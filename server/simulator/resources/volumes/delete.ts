import { z } from 'zod';
import { badRequest } from '../../errors';
import { type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_ONLY } from '../../state/roles';
import { startTask } from '../../tasks/start';
import { getVolume, setVolumeStatus } from './records';

const DeleteVolumeSchema = z.object({
  force: z.literal([0, 1], { error: 'required, 0 (move to the recycle bin) or 1 (delete permanently)' }),
});

/**
 * DELETE /volumes/{id} with `{force}`: 0 → `deleted` (recycle bin, its
 * storage-tag quota stays in use), 1 → gone for good (seed L41380). A disk
 * attached to a server, or one a task still works on, is refused.
 */
export const deleteVolumeRoute: RouteSpec = {
  method: 'DELETE', paths: ['/janus/20180725/volumes/{volume_id}'], roles: ADMIN_ONLY,
  summary: 'delete a volume (force 0: recycle bin, 1: permanently)',
  handler: (ctx) => {
    const v = getVolume(ctx.store, ctx.params.volume_id);
    const { force } = parseBody(DeleteVolumeSchema, ctx.body);
    if (v.status === 'creating' || v.status === 'deleting') throw badRequest(`volume ${v.id} is ${v.status}; wait for its task to finish`);
    if (v.status === 'deleted' && force === 0) throw badRequest(`volume ${v.id} is already in the recycle bin; delete it with force 1 to remove it for good`);
    for (const s of ctx.store.servers.values()) {
      if (s.disks.some((d) => d.type === 'share_disk' && (d.storage_id === v.id || d.storage_id === v.disk_id))) {
        throw badRequest(`volume ${v.id} is attached to server ${s.name} (${s.id}); detach it first`);
      }
    }
    setVolumeStatus(v, 'deleting', ctx.now);
    const task = startTask(ctx, {
      action: '删除卷', objectType: '卷', objectId: v.id, objectName: v.name, azId: v.az_id, projectId: v.project_id,
      onFinish: () => (force === 1 ? ctx.store.volumes.delete(v.id) : setVolumeStatus(v, 'deleted', Date.now())),
      onFailure: () => setVolumeStatus(v, 'error_deleting', Date.now()),
    });
    // SCP documents 204 with this body (§9.5).
    return { status: 204, data: { task_id: task.id } };
  },
};
