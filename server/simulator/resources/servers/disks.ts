import { badRequest } from '../../errors';
import type { RequestContext } from '../../http/context';
import { canSee } from '../../state/scope';
import type { Image, Server, ServerDisk, Storage } from '../../state/types';
import type { DiskRequest } from './spec-schema';

/** Where new disks go: a storage and its tag. */
export interface DiskPlacement {
  storage: Storage;
  tagId: string;
}

function assertUniqueIds(disks: DiskRequest[]): void {
  const seen = new Set<string>();
  for (const d of disks) {
    if (seen.has(d.id)) throw badRequest(`disks: id ${d.id} is used twice`);
    seen.add(d.id);
  }
}

/** Types the simulator cannot add as a plain new disk, with the reason. */
function refuseSpecialType(d: DiskRequest, during: 'create' | 'edit'): void {
  const type = d.type ?? 'new_disk';
  if (type === 'exist_disk') throw badRequest(`disks[${d.id}]: type exist_disk is not accepted; use new_disk`);
  if (type === 'physical_disk' || type === 'rdm_disk') {
    if (!d.storage_id) throw badRequest(`disks[${d.id}]: storage_id is required for ${type}`);
    throw badRequest(`disks[${d.id}]: physical disk (LUN) ${d.storage_id} does not exist in this AZ`);
  }
  if (type === 'derive_disk') throw badRequest(`disks[${d.id}]: derive_disk is only the system disk ide0 of a server created from an aCloud image`);
  if (type === 'share_disk' && during === 'create') throw badRequest(`disks[${d.id}]: a share_disk cannot be attached at create; attach it with PUT /janus/20180725/servers/{server_id}`);
}

/**
 * The system disk ide0 as the image demands (seed L1026–L1029): an aCloud image
 * needs a derive_disk whose size_mb and preallocate equal the image's disk; an
 * ISO image needs a new_disk of any size.
 */
function systemDisk(d: DiskRequest, image: Image, at: DiskPlacement): ServerDisk {
  const base = { id: d.id, storage_id: at.storage.id, storage_tag_id: at.tagId };
  const imageDisk = image.disks[0];
  if (image.disk_format === 'aCloud' && imageDisk) {
    const rule = `image ${image.name} is an aCloud image, so the system disk ide0 must be type derive_disk with size_mb ${imageDisk.size_mb} and preallocate ${imageDisk.preallocate} (the image's)`;
    if (d.type !== 'derive_disk') throw badRequest(`disks[ide0]: ${rule}; got type ${d.type ?? '(none)'}`);
    if (d.size_mb !== imageDisk.size_mb) throw badRequest(`disks[ide0]: ${rule}; got size_mb ${d.size_mb}`);
    if (d.preallocate !== undefined && d.preallocate !== imageDisk.preallocate) throw badRequest(`disks[ide0]: ${rule}; got preallocate ${d.preallocate}`);
    return { ...base, type: 'derive_disk', size_mb: imageDisk.size_mb, preallocate: imageDisk.preallocate };
  }
  if ((d.type ?? 'new_disk') !== 'new_disk') throw badRequest(`disks[ide0]: image ${image.name} is an ISO image, so the system disk ide0 must be type new_disk; got ${d.type}`);
  return { ...base, type: 'new_disk', size_mb: d.size_mb, preallocate: d.preallocate ?? 'off' };
}

function newDisk(d: DiskRequest, at: DiskPlacement): ServerDisk {
  return { id: d.id, type: 'new_disk', size_mb: d.size_mb, preallocate: d.preallocate ?? 'off', storage_id: at.storage.id, storage_tag_id: at.tagId };
}

/** The disks of a new server, system disk first. */
export function createDisks(requested: DiskRequest[], image: Image, at: DiskPlacement): ServerDisk[] {
  assertUniqueIds(requested);
  const system = requested.find((d) => d.id === 'ide0');
  if (!system) throw badRequest('disks must contain the system disk ide0');
  const others = requested.filter((d) => d !== system).map((d) => {
    refuseSpecialType(d, 'create');
    return newDisk(d, at);
  });
  return [systemDisk(system, image, at), ...others];
}

/** A shared volume attached as a disk: the volume must be visible, in the server's AZ and available. */
function shareDisk(ctx: RequestContext, server: Server, d: DiskRequest): ServerDisk {
  if (!d.storage_id) throw badRequest(`disks[${d.id}]: storage_id (the volume id) is required for share_disk`);
  const volume = ctx.store.volumes.get(d.storage_id);
  if (!volume || !canSee(ctx.principal, volume)) throw badRequest(`disks[${d.id}]: volume ${d.storage_id} does not exist or is not visible to you`);
  if (volume.az_id !== server.az_id) throw badRequest(`disks[${d.id}]: volume ${volume.name} is in another AZ than the server`);
  if (volume.status !== 'available') throw badRequest(`disks[${d.id}]: volume ${volume.name} is ${volume.status}; only an available volume can be attached`);
  return { id: d.id, type: 'share_disk', size_mb: volume.size * 1024, preallocate: 'off', storage_id: volume.id, storage_tag_id: '' };
}

/**
 * Edit takes the full desired disk list (catalog §4.8.5): disks the server has
 * are kept (`is_old_disk: 1`, or the same id as in the seed's sample) and may
 * grow but not shrink; new ids are added; disks left out are removed, except
 * the system disk.
 */
export function editDisks(ctx: RequestContext, server: Server, requested: DiskRequest[], at: DiskPlacement): ServerDisk[] {
  assertUniqueIds(requested);
  const current = new Map(server.disks.map((d) => [d.id, d]));
  const system = server.disks[0];
  if (system && !requested.some((d) => d.id === system.id)) throw badRequest(`disks: the system disk ${system.id} cannot be removed; include it with is_old_disk 1`);
  return requested.map((d) => {
    const old = current.get(d.id);
    if (d.is_old_disk === 1 && !old) throw badRequest(`disks[${d.id}]: is_old_disk is 1 but the server has no disk ${d.id}`);
    if (!old) {
      if (d.type === 'share_disk') return shareDisk(ctx, server, d);
      refuseSpecialType(d, 'edit');
      return newDisk(d, at);
    }
    if (d.is_old_disk === 0) throw badRequest(`disks[${d.id}]: the server already has disk ${d.id}; pass is_old_disk 1 to keep it`);
    if (d.type && d.type !== old.type) throw badRequest(`disks[${d.id}]: an existing disk keeps its type ${old.type}; got ${d.type}`);
    if (old.type === 'share_disk') return old;
    if (d.size_mb < old.size_mb) throw badRequest(`disks[${d.id}]: size_mb may grow but not shrink (${old.size_mb} → ${d.size_mb})`);
    return { ...old, size_mb: d.size_mb };
  });
}

/**
 * `hard_delete_disks` names disks this edit removes whose data goes for good
 * (catalog §4.8.5). A disk the server keeps, or does not have, cannot be
 * named. (A removed disk that is not named keeps its data on SCP's storage; the
 * documented API has no way to list or reattach it, so it is not modelled.)
 */
export function checkHardDeletes(server: Server, next: ServerDisk[], hard: (string | number)[]): void {
  const kept = new Set(next.map((d) => d.id));
  for (const raw of hard) {
    const id = String(raw);
    if (!server.disks.some((d) => d.id === id)) throw badRequest(`hard_delete_disks: the server has no disk ${id}`);
    if (kept.has(id)) throw badRequest(`hard_delete_disks: disk ${id} is kept by this edit; leave it out of disks to remove it`);
  }
}

/** MB per storage tag (share disks excluded: volumes are not under the server's storage quota). */
export function storageByTag(disks: ServerDisk[], times = 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of disks) if (d.type !== 'share_disk') out[d.storage_tag_id] = (out[d.storage_tag_id] ?? 0) + d.size_mb * times;
  return out;
}
