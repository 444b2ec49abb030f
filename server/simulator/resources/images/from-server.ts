import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { assertQuota } from '../../state/quota';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { getVisible } from '../../state/scope';
import { GLOBAL_AZ_ID } from '../../state/store';
import { startTask } from '../../tasks/start';
import { checkImageAzs } from './access';
import { GpuConf, ImageTextFields, newImageRecord } from './create';
import { markBusy, settleImage } from './lifecycle';
import { MIB } from './render';

const FromServerSchema = z.object({
  server_id: z.string().min(1),
  name: z.string().min(1).max(100),
  azs: z.array(z.string().min(1)).min(1),
  ...ImageTextFields,
  os_type: z.string().min(1).max(64),
  gpu_conf: GpuConf,
});

/** Servers in these states have settled disks to copy. */
const COPYABLE = new Set(['running', 'stopped', 'suspend']);

/**
 * POST /images/action: a private image of the server's tenant, made from the
 * server's disks. SCP answers with the task only (seed L24120): the new image
 * is found by name, listed as `saving` until the task finishes.
 */
export const imageFromServerRoute: RouteSpec = {
  method: 'POST', paths: ['/janus/20180725/images/action'], roles: ADMIN_AND_TENANT,
  summary: 'make a private image from a server',
  handler: (ctx) => {
    const b = parseBody(FromServerSchema, ctx.body);
    const server = getVisible(ctx.principal, ctx.store.servers, b.server_id, 'server');
    if (!COPYABLE.has(server.status) || server.in_recycle_bin) {
      throw badRequest(`server ${server.name} is ${server.in_recycle_bin ? 'in the recycle bin' : server.status}; an image can be made only from a running, stopped or suspended server`);
    }
    const azIds = checkImageAzs(ctx.store, b.azs, server.project_id);
    const sizeMb = server.disks.filter((d) => d.type !== 'share_disk').reduce((sum, d) => sum + d.size_mb, 0);
    assertQuota(ctx.store, server.project_id, GLOBAL_AZ_ID, { image_usage: sizeMb * MIB });
    const img = newImageRecord(ctx, {
      name: b.name, description: b.description, os_type: b.os_type, image_type: 'private', disk_format: 'aCloud',
      owner_id: server.project_id, project_id: server.project_id, az_ids: azIds,
    });
    img.size_mb = sizeMb;
    img.virtual_size_mb = sizeMb;
    markBusy(ctx.store, img, `being made from server ${server.name}`);
    const task = startTask(ctx, {
      action: '云主机制作镜像', objectType: '云主机', objectId: server.id, objectName: server.name, azId: server.az_id,
      projectId: server.project_id,
      onFinish: () => settleImage(ctx.store, img),
      onFailure: (reason) => settleImage(ctx.store, img, reason),
    });
    img.task_id = task.id;
    return created({ task_id: task.id });
  },
};
