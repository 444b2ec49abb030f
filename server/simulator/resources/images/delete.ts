import { badRequest } from '../../errors';
import { type RouteSpec } from '../../http/context';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { getOwnImage } from './access';
import { assertIdle } from './lifecycle';

/**
 * DELETE /images/{id}, synchronous 204. SCP documents refusals only for
 * auto-scaling and old service images, neither modelled here. Servers made
 * from an image keep their own disks, so they do not hold it; but a server
 * still being created is copying from it, and an upload, distribution or edit
 * still works on it: those refuse the delete.
 */
export const deleteImageRoute: RouteSpec = {
  method: 'DELETE',
  // The document prints the path with a stray `v` (§9.2); clients copy either spelling.
  paths: ['/janus/v20180725/images/{image_id}', '/janus/20180725/images/{image_id}'],
  roles: ADMIN_AND_TENANT,
  summary: 'delete an image (tenants: own private images)',
  handler: (ctx) => {
    const img = getOwnImage(ctx, ctx.params.image_id);
    assertIdle(ctx.store, img, 'deleting it');
    for (const s of ctx.store.servers.values()) {
      if (s.image_id === img.id && s.status === 'creating') {
        throw badRequest(`image ${img.id} is in use: server ${s.name} (${s.id}) is being created from it; delete the image after it is created`);
      }
    }
    ctx.store.images.delete(img.id);
    return { status: 204 };
  },
};
