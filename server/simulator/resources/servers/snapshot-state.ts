import { badRequest, notFound } from '../../http/errors';
import type { Store } from '../../state/store';
import { isoTime } from '../../state/time';
import type { Server, Snapshot, SnapshotType } from '../../state/types';

/** "单台云主机的快照数量不超过7个" (seed, snapshot create 2019). */
export const MAX_SNAPSHOTS = 7;

/** Snapshot names: required, at most 90 characters, and never `current` (reserved). */
export function assertSnapshotName(name: string): void {
  if (name === 'current') throw badRequest('name must not be "current": SCP reserves it for the running state');
}

/**
 * Records a snapshot in `creating` (so its id exists at once, as the 2019 API
 * returns it), after checking the limit. Its parent is the server's latest snapshot.
 */
export function addSnapshot(store: Store, server: Server, input: { name: string; description: string; type: SnapshotType }, now: number): Snapshot {
  const existing = store.snapshotsOf(server.id);
  if (existing.length >= MAX_SNAPSHOTS) {
    throw badRequest(`server ${server.name} already has ${existing.length} snapshots, the most one server may have (${MAX_SNAPSHOTS}); delete one first`);
  }
  const snap: Snapshot = {
    id: store.ids.uuid(), server_id: server.id, name: input.name, description: input.description,
    parent_id: existing.find((s) => s.is_latest)?.id ?? '', is_protected: 0, created_at: isoTime(now), type: input.type,
    status: 'creating', is_latest: 0,
  };
  store.snapshots.set(snap.id, snap);
  return snap;
}

/** Marks one snapshot as the server's latest (after it is taken or recovered to). */
export function makeLatest(store: Store, snap: Snapshot): void {
  for (const s of store.snapshotsOf(snap.server_id)) s.is_latest = s === snap ? 1 : 0;
}

/** Finishes taking a snapshot: it becomes normal and the latest. */
export function completeSnapshot(store: Store, snap: Snapshot): void {
  snap.status = 'normal';
  makeLatest(store, snap);
}

/** Removes a snapshot: its children hang from its parent, and the parent inherits "latest". */
export function removeSnapshot(store: Store, snap: Snapshot): void {
  store.snapshots.delete(snap.id);
  const parent = snap.parent_id ? store.snapshots.get(snap.parent_id) : undefined;
  for (const s of store.snapshotsOf(snap.server_id)) if (s.parent_id === snap.id) s.parent_id = snap.parent_id;
  if (snap.is_latest && parent) parent.is_latest = 1;
}

/** A snapshot of this server (404 otherwise) that no task is working on (400 otherwise). */
export function settledSnapshot(store: Store, server: Server, snapshotId: string): Snapshot {
  const snap = store.snapshots.get(snapshotId);
  if (!snap || snap.server_id !== server.id) throw notFound('snapshot', `${snapshotId} of server ${server.id}`);
  if (snap.status !== 'normal') throw badRequest(`snapshot ${snap.name} (${snap.id}) is ${snap.status}; wait for its task to end`);
  return snap;
}

/** A snapshot list item for an API version (catalog §4.8.7). */
export function renderSnapshot(server: Server, snap: Snapshot, version: string): Record<string, unknown> {
  const item: Record<string, unknown> = {
    name: snap.name, id: snap.id, description: snap.description, parent_id: snap.parent_id, created_at: snap.created_at, is_latest: snap.is_latest,
  };
  if (version === '20180725') return item;
  Object.assign(item, {
    type: snap.type, is_protected: snap.is_protected, status: snap.status,
    disks: server.disks.filter((d) => d.type !== 'share_disk').map((_, i) => ({ id: `vm-disk-${i + 1}.qcow2`, type: snap.type, size: 0 })),
  });
  if (version === '20200725') item.trigger = 'manual';
  if (version === '20210725') item.quiesced = 0;
  return item;
}
