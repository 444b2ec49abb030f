import 'server-only';
import { floatingIps, images, servers, subnets, vpcs, type Image } from '@/lib/scp';
import { BffError, notFound } from './errors';
import type { ConfineContext, OwnerReader } from './confine';

/*
 * Who owns a resource, read with the session's credentials. SCP's own 404 for
 * a missing resource passes through; an existing one of another tenant becomes
 * the same 404 (the console does not reveal that it exists).
 */

/** The project of a server. */
export const serverOwner: OwnerReader = async (c, id) => (await c.read(servers.detail, { params: { server_id: id } })).project_id;

/** The project of a visible subnet. */
export const subnetOwner: OwnerReader = async (c, id) => {
  const subnet = await c.read(subnets.detail, { params: { subnet_id: id } });
  // SCP's hidden wan and NFV management subnets are not the tenant's to see or change.
  return subnet.is_visible === 0 ? undefined : subnet.project_id;
};

/** The project of a floating IP. */
export const floatingIpOwner: OwnerReader = async (c, id) => (await c.read(floatingIps.detail, { params: { floatingip_id: id } })).project_id;

/** VPCs have no detail operation: the list filtered by id. */
export const vpcOwner: OwnerReader = async (c, id) => {
  const page = await c.read(vpcs.list, { query: { id, page_num: 0, page_size: 1 } });
  return page.data.find((v) => v.id === id)?.project_id;
};

/** Images have no detail operation either: the list filtered by `image_ids`. */
export async function readImage(c: ConfineContext, id: string): Promise<Image | undefined> {
  const page = await c.read(images.list, { query: { image_ids: id, page_num: 0, page_size: 1 } });
  return page.data.find((img) => img.id === id);
}

/** A confined user sees public images and the private ones of their project. */
export function imageVisible(img: { image_type?: unknown; owner_id?: unknown }, projectId: string): boolean {
  return img.image_type === 'public' || img.owner_id === projectId;
}

/** A confined user may change only their own private images; public ones belong to the platform (SCP answers 403 too). */
export async function assertOwnImage(c: ConfineContext, id: string): Promise<void> {
  const img = await readImage(c, id);
  if (!img || !imageVisible(img, c.projectId)) throw notFound(`image ${id}`);
  if (img.owner_id !== c.projectId) throw new BffError(403, 'not_permitted', `image ${id} is a public image; only a platform admin may change or delete it`);
}
