import 'server-only';
import { images, type ImageCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import { all, bodyIds, type Confinement } from '../confine';
import type { RouteHandlers } from '../declaration';
import { BffError } from '../errors';
import { assertImageFile, uploadFormat } from '../image-file-check';
import { assertOwnImage, imageVisible } from '../owners';
import { forcedToOwn, projectAzs } from './id-rules';

/** Lists: public images and the user's private ones. SCP filters cannot say "public or mine" in one query. */
export const VISIBLE_IMAGES: Confinement = {
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

export const OWN_IMAGE: Confinement = { before: (c) => assertOwnImage(c, c.params.image_id) };

/** An image is distributed to AZs of the user's project only. */
const PROJECT_AZS = bodyIds({ 'azs.*': projectAzs });

/** A confined user's image create: a private image of their project, in its AZs. */
export const IMAGE_CREATE: Confinement = all(OWN_PRIVATE_IMAGE, PROJECT_AZS, bodyIds({ owner_id: forcedToOwn }));

/** An image edit: the user's image, distributed to the project's AZs. */
export const IMAGE_EDIT: Confinement = all(OWN_IMAGE, PROJECT_AZS);

/** The upload is spooled to a temporary file, checked against the image's disk format, then streamed to SCP; never held in memory. */
export const imageHandlers = {
  'PUT /api/images/:image_id/upload': {
    bodyLimit: 'stream',
    handle: async (ctx) => {
      const format = await uploadFormat(ctx, ctx.params.image_id);
      return ctx.withBodyFile(async (file) => {
        await assertImageFile(file, format);
        return ctx.call(images.upload, { params: ctx.params, file, clientToken: ctx.clientToken });
      });
    },
  },
} satisfies Partial<RouteHandlers>;
