import { badRequest, notFound } from '../../errors';
import type { Store } from '../../state/store';
import type { Storage } from '../../state/types';

/** Virtual storage (aSAN), the only kind that holds shared disks (seed L41290). */
const isTaggedVs = (s: Storage) => s.type === 'vs' && s.storage_tag_id !== '';

/** The first tagged VS storage of an AZ, or undefined when the AZ has none. */
export function firstVsStorage(store: Store, azId: string): Storage | undefined {
  for (const s of store.storages.values()) if (s.az_id === azId && isTaggedVs(s)) return s;
  return undefined;
}

/**
 * The VS storage a shared disk goes to: the one asked for, which must be a
 * tagged VS storage of the AZ, or (omitted) the first such storage of the AZ.
 */
export function resolveVsStorage(store: Store, azId: string, storageId: string | undefined): Storage {
  const azName = store.azs.get(azId)?.name ?? azId;
  if (storageId === undefined || storageId === '') {
    const picked = firstVsStorage(store, azId);
    if (!picked) throw badRequest(`AZ ${azName} has no storage tag with VS storage; shared disks need VS (virtual) storage`);
    return picked;
  }
  const storage = store.storages.get(storageId);
  if (!storage) throw notFound('storage', storageId);
  if (storage.az_id !== azId) throw badRequest(`storage_id ${storageId} belongs to another AZ, not ${azName}`);
  if (storage.type !== 'vs') throw badRequest(`storage_id ${storageId} is ${storage.type} storage; shared disks need VS (virtual) storage`);
  if (!storage.storage_tag_id) throw badRequest(`storage_id ${storageId} has no storage tag; only tagged VS storage can hold shared disks`);
  return storage;
}
