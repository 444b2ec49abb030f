import { z } from 'zod';
import { ok, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { startTask } from '../../tasks/start';
import { checkImageAzs, getOwnImage } from './access';
import { GpuConf } from './create';
import { assertIdle, markBusy, markIdle } from './lifecycle';
import { imageDisks } from './render';

const EditImageSchema = z.object({
  name: z.string().max(100).optional(),
  description: z.string().max(100).optional(),
  os_type: z.string().max(64).optional(),
  azs: z.array(z.string().min(1)).min(1).optional(),
  gpu_conf: GpuConf,
});

/**
 * PUT /images/{id}: renames and re-binds AZs through a task; the changes show
 * once it finishes (a failed edit leaves the image as it was, with the reason
 * in `message`).
 */
export const editImageRoute: RouteSpec = {
  method: 'PUT', paths: ['/janus/20180725/images/{image_id}'], roles: ADMIN_AND_TENANT,
  summary: 'edit an image (name, description, os_type, re-bind AZs)',
  handler: (ctx) => {
    const img = getOwnImage(ctx, ctx.params.image_id);
    const b = parseBody(EditImageSchema, ctx.body);
    const azIds = b.azs && checkImageAzs(ctx.store, b.azs, img.project_id);
    assertIdle(ctx.store, img, 'editing');
    markBusy(ctx.store, img, 'an edit is in progress');
    const task = startTask(ctx, {
      action: '编辑镜像', objectType: '镜像', objectId: img.id, objectName: b.name ?? img.name, azId: (azIds ?? img.az_ids)[0],
      projectId: img.project_id || undefined,
      onFinish: () => {
        markIdle(ctx.store, img);
        if (b.name !== undefined) img.name = b.name;
        if (b.description !== undefined) img.description = b.description;
        if (b.os_type !== undefined) img.os_type = b.os_type;
        if (azIds) {
          img.az_ids = azIds;
          if (img.status === 'active') img.disks = imageDisks(ctx.store, img, img.virtual_size_mb);
        }
        img.message = '';
      },
      onFailure: (reason) => {
        markIdle(ctx.store, img);
        img.message = reason;
      },
    });
    img.task_id = task.id;
    return ok({ task_id: task.id });
  },
};
