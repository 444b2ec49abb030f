import 'server-only';
import { images, type ImageCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import { all, bodyIds, type Confinement } from '../confine';
import { consoleRoute, route, type RouteDeclaration } from '../declaration';
import { BffError } from '../errors';
import { assertImageFile, uploadFormat } from '../image-file-check';
import { assertOwnImage, imageVisible } from '../owners';
import { forcedToOwn, projectAzs } from './id-rules';

/** Lists: public images and the user's private ones. SCP filters cannot say "public or mine" in one query. */
const VISIBLE_IMAGES: Confinement = {
  list: (c) => {
    if (c.query.image_type === 'public') return {};
    if (c.query.image_type === 'private') return { query: { owner_id: c.projectId } };
    return { keep: (img) => imageVisible(img, c.projectId) };
  },
};

/** A confined user creates private images of their own project only. */
const OWN_PRIVATE_IMAGE: Confinement = {
  body: (body, c) => {
    const b = body as z.output<typeof ImageCreateSchema>;
    if (b.image_type !== 'private') throw new BffError(403, 'not_permitted', 'image_type: only a platform admin may create public images');
    return { ...b, owner_id: c.projectId };
  },
};

const OWN_IMAGE: Confinement = { before: (c) => assertOwnImage(c, c.params.image_id) };

/** An image is distributed to AZs of the user's project only. */
const PROJECT_AZS = bodyIds({ 'azs.*': projectAzs });

/** Images. */
export const imageRoutes: RouteDeclaration[] = [
  // GET /api/images — images (confined users: public ones and their own private ones)
  route('GET /api/images', images.list, { confine: VISIBLE_IMAGES }),
  // POST /api/images — create an image record; the file follows with the upload
  route('POST /api/images', images.create, { confine: all(OWN_PRIVATE_IMAGE, PROJECT_AZS, bodyIds({ owner_id: forcedToOwn })) }),
  // PUT /api/images/:image_id — edit name, description, OS type, AZs
  route('PUT /api/images/:image_id', images.edit, { confine: all(OWN_IMAGE, PROJECT_AZS) }),
  // DELETE /api/images/:image_id — delete an image
  route('DELETE /api/images/:image_id', images.delete, { confine: OWN_IMAGE }),
  // PUT /api/images/:image_id/upload — upload the image file (spooled to a temporary file, checked against the image's disk format, then streamed to SCP; never in memory)
  consoleRoute('PUT /api/images/:image_id/upload', {
    roles: images.upload.roles,
    bodyLimit: 'stream',
    confine: OWN_IMAGE,
    handle: async (ctx) => {
      const format = await uploadFormat(ctx, ctx.params.image_id);
      return ctx.withBodyFile(async (file) => {
        await assertImageFile(file, format);
        return ctx.call(images.upload, { params: ctx.params, file, clientToken: ctx.clientToken });
      });
    },
  }),
];
