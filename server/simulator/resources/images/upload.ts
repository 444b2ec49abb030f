import { badRequest } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { assertQuota } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { GLOBAL_AZ_ID } from '../../state/store';
import type { Image } from '../../state/types';
import type { Task } from '../../tasks/engine';
import { startBatchTask } from '../../tasks/start';
import { getOwnImage } from './access';
import { assertImageContent, headCollector } from './file-signature';
import { assertIdle, markBusy, markIdle, settleImage } from './lifecycle';
import { MIB } from './render';

/**
 * Copies the uploaded content to every AZ of the image: one sub-task per AZ, so
 * a client sees each AZ's progress (seed L24263: watch the distribution task).
 * The image turns active when every AZ has it, and error when any AZ failed.
 */
function distribute(ctx: RequestContext, img: Image): Task {
  const azIds = [...img.az_ids];
  const failures: string[] = [];
  let settled = 0;
  const settle = () => {
    if (++settled < azIds.length) return;
    settleImage(ctx.store, img, failures.length ? `distribution failed in ${failures.length} of ${azIds.length} AZs: ${failures.join('; ')}` : undefined);
  };
  markBusy(ctx.store, img, 'distributing to its AZs');
  const task = startBatchTask(
    ctx,
    { action: '上传镜像', objectType: '镜像', azId: azIds[0], projectId: img.project_id || undefined },
    azIds.map((azId) => ({
      action: '分发镜像', objectType: '镜像', objectId: img.id, objectName: img.name, azId,
      onFinish: settle,
      onFailure: (reason: string) => {
        failures.push(`${ctx.store.azs.get(azId)?.name ?? azId}: ${reason}`);
        settle();
      },
    })),
  );
  img.task_id = task.id;
  return task;
}

/**
 * PUT /images/{id}/upload: the body is the image file, streamed (never held
 * whole). Only the byte count is kept; the EC2 signature, when used, is
 * checked over the streamed hash before anything changes.
 */
export const uploadImageRoute: RouteSpec = {
  method: 'PUT', paths: ['/janus/20180725/images/{image_id}/upload'], roles: ADMIN_AND_TENANT, streamBody: true,
  summary: 'upload image content (streamed body), then distribute it to its AZs',
  handler: async (ctx) => {
    const img = getOwnImage(ctx, ctx.params.image_id);
    if (img.status !== 'saving' && img.status !== 'error') {
      throw badRequest(`image ${img.id} is ${img.status}; only a new image (saving) or one whose upload failed (error) takes an upload`);
    }
    assertIdle(ctx.store, img, 'uploading');
    markBusy(ctx.store, img, 'an upload is in progress');
    let bytes: number;
    const head = headCollector();
    try {
      // The content is discarded but for its first bytes: the simulator models the image's size and format, not its bits.
      bytes = await ctx.readBodyStream!(head.sink);
    } finally {
      markIdle(ctx.store, img);
    }
    if (bytes === 0) throw badRequest('the request body is empty; send the image file itself as the body of the upload');
    // Refused content changes nothing: the record waits for a proper file, as after an empty one.
    assertImageContent(img.disk_format, head.head(), bytes);
    if (img.project_id) {
      // New content replaces whatever a failed upload left, so only the new bytes count.
      img.size_mb = 0;
      assertQuota(ctx.store, img.project_id, GLOBAL_AZ_ID, { image_usage: bytes });
    }
    img.status = 'saving';
    img.message = '';
    img.size_mb = bytes / MIB;
    img.virtual_size_mb = img.disk_format === 'aCloud' ? img.size_mb : 0;
    // The upload took a while: the distribution starts now, not when the request arrived.
    return ok({ task_id: distribute({ ...ctx, now: Date.now() }, img).id });
  },
};
