import type { Principal } from '../../auth/principal';
import { badRequest, forbidden, notFound } from '../../errors';
import type { RequestContext } from '../../http/context';
import { isAdmin } from '../../state/scope';
import type { Store } from '../../state/store';
import type { Image } from '../../state/types';

/** Tenants see public images and their own private ones (seed L23226); admins see all. */
export function canSeeImage(p: Principal, img: Image): boolean {
  return isAdmin(p) || img.image_type === 'public' || img.project_id === p.projectId;
}

/** The image, or 404 when it is missing or another tenant's private image. */
export function getImage(ctx: RequestContext, id: string): Image {
  const img = ctx.store.images.get(id);
  if (!img || !canSeeImage(ctx.principal, img)) throw notFound('image', id);
  return img;
}

/** The image, when the caller may change it: a tenant only its own private images, public ones belong to the platform. */
export function getOwnImage(ctx: RequestContext, id: string): Image {
  const img = getImage(ctx, id);
  if (!isAdmin(ctx.principal) && img.project_id !== ctx.principal.projectId) {
    throw forbidden(`image ${id} is a public image; only a platform admin may change or delete it`);
  }
  return img;
}

/**
 * Checks the AZ list of an image: each AZ must exist and, for a tenant's image,
 * be associated with that tenant. Returns the ids without duplicates.
 */
export function checkImageAzs(store: Store, azIds: string[], projectId: string): string[] {
  const project = store.projects.get(projectId);
  const unique = [...new Set(azIds)];
  for (const id of unique) {
    const az = store.azs.get(id);
    if (!az) throw notFound('AZ', id);
    if (project && !project.az_ids.includes(id)) {
      throw badRequest(`azs: tenant ${project.name} is not associated with AZ ${az.name} (${id}); associate the AZ with the tenant first`);
    }
  }
  return unique;
}
