import { badRequest } from '../../errors';
import type { RequestContext } from '../../http/context';
import { isAdmin } from '../../state/scope';
import type { NicInput } from '../../state/server-factory';
import type { Store } from '../../state/store';
import type { Az, Image, Storage } from '../../state/types';
import type { NicRequest } from './spec-schema';

/** cores is the total and must be a whole number of cores per socket (≥ sockets). */
export function assertCpuShape(cores: number, sockets: number): void {
  if (cores < sockets) throw badRequest(`cores (${cores}) is the total number of cores and must be at least sockets (${sockets})`);
  if (cores % sockets !== 0) throw badRequest(`cores (${cores}) must be a multiple of sockets (${sockets}): every socket has the same number of cores`);
}

/** The AZ a server goes into: it must exist and, for a tenant's server, be associated with the tenant. */
export function resolveAz(store: Store, projectId: string, azId: string): Az {
  const az = store.azs.get(azId);
  if (!az) throw badRequest(`az_id ${azId} does not exist; list AZs with GET /janus/20180725/azs`);
  const project = store.projects.get(projectId);
  if (project && !project.az_ids.includes(az.id)) {
    throw badRequest(`tenant ${project.name} is not associated with AZ ${az.name} (${az.id}); associate the AZ with the tenant first`);
  }
  return az;
}

/** An image the caller may use, active and distributed to the AZ. */
export function resolveImage(ctx: RequestContext, projectId: string, imageId: string, az: Az): Image {
  const image = ctx.store.images.get(imageId);
  const usable = image && (image.visibility === 'public' || image.project_id === projectId || isAdmin(ctx.principal));
  if (!image || !usable) throw badRequest(`image_id ${imageId} does not exist or is not visible to you`);
  if (image.status !== 'active') throw badRequest(`image ${image.name} (${image.id}) is ${image.status}; only an active image can create a server`);
  if (!image.az_ids.includes(az.id)) throw badRequest(`image ${image.name} (${image.id}) is not available in AZ ${az.name}; pick an image distributed to that AZ`);
  return image;
}

/** Where the disks go: `storage_id`, `storage_tag_id` or both (at least one, catalog §4.8.4). */
export function resolveStorage(store: Store, az: Az, tagId: string | undefined, storageId: string | undefined): { storage: Storage; tagId: string } {
  if (!tagId && !storageId) throw badRequest('storage_tag_id or storage_id is required (at least one)');
  if (storageId) {
    const storage = store.storages.get(storageId);
    if (!storage || storage.az_id !== az.id) throw badRequest(`storage_id ${storageId} is not a storage of AZ ${az.name}`);
    if (tagId && storage.storage_tag_id !== tagId) throw badRequest(`storage ${storage.name} does not carry storage_tag_id ${tagId}`);
    return { storage, tagId: storage.storage_tag_id };
  }
  if (!store.storageTags.has(tagId!)) throw badRequest(`storage_tag_id ${tagId} does not exist; list tags with GET /janus/20180725/storages/tags`);
  for (const s of store.storages.values()) if (s.az_id === az.id && s.storage_tag_id === tagId) return { storage: s, tagId: tagId! };
  throw badRequest(`no storage in AZ ${az.name} carries storage_tag_id ${tagId}`);
}

/**
 * Checks the requested NICs against the tenant's VPCs and returns them as
 * factory input. A fixed IP is probed here so its error names the NIC; a
 * subnet running out of addresses surfaces when the NICs are created.
 */
export function resolveNics(store: Store, projectId: string, az: Az, nics: NicRequest[], count: number): NicInput[] {
  const seen = new Set<string>();
  const out = nics.map((n, i): NicInput => {
    const at = `networks[${i}] (${n.vif_id})`;
    if (seen.has(n.vif_id)) throw badRequest(`${at}: vif_id ${n.vif_id} is used twice`);
    seen.add(n.vif_id);
    if (n.device_id) throw badRequest(`${at}: classic network device ${n.device_id} does not exist; connect the NIC to a VPC subnet (vpc_id + subnet_id)`);
    if (!n.subnet_id) {
      if (n.vpc_id) throw badRequest(`${at}: subnet_id is required together with vpc_id`);
      if (n.ip_info) throw badRequest(`${at}: ip_info needs a subnet_id to take the address from`);
      return { vif_id: n.vif_id, subnet_id: '', connect: n.connect, model: n.model, mac_address: n.mac_address };
    }
    const subnet = store.subnets.get(n.subnet_id);
    if (!subnet || subnet.project_id !== projectId || subnet.is_visible !== 1) {
      throw badRequest(`${at}: subnet_id ${n.subnet_id} does not exist or does not belong to this tenant`);
    }
    if (n.vpc_id && n.vpc_id !== subnet.vpc_id) throw badRequest(`${at}: subnet ${subnet.name} is not in vpc_id ${n.vpc_id} (it is in ${subnet.vpc_id})`);
    if (subnet.az_id !== az.id) throw badRequest(`${at}: subnet ${subnet.name} is in another AZ than ${az.name}`);
    const ip = n.ip_info?.ip_address;
    if (ip) {
      if (count > 1) throw badRequest(`${at}: ip_info.ip_address fixes one address, so count must be 1 (got ${count})`);
      store.ipam.release(subnet.id, store.ipam.allocate(subnet.id, ip)); // validates: inside the pool and free
    }
    return { vif_id: n.vif_id, subnet_id: subnet.id, connect: n.connect, model: n.model, ip_address: ip, mac_address: count === 1 ? n.mac_address : undefined };
  });
  return out;
}

/** The user a new server belongs to: the one named (who must be in the project), or the caller / the tenant's admin. */
export function resolveUser(ctx: RequestContext, projectId: string, userId: string | undefined): string {
  if (userId) {
    const user = ctx.store.users.get(userId);
    if (!user || user.project_id !== projectId) throw badRequest(`user_id ${userId} is not a user of project ${projectId}`);
    return user.id;
  }
  if (ctx.principal.projectId === projectId) return ctx.principal.user.id;
  return ctx.store.projects.get(projectId)?.admin_user_id ?? ctx.principal.user.id;
}
