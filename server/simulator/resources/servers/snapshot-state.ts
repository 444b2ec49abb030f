import { badRequest, notFound } from '../../errors';
import type { Store } from '../../state/store';
import { isoTime } from '../../state/time';
import type { Az, Server, Snapshot, SnapshotType } from '../../state/types';

/**
 * "HCI6.2.0及以下版本的资源池中，单台云主机的快照数量不超过7个；高版本资源池中没有限制" (seed L20226,
 * the snapshot lists): the create sections say 7 without the condition, the lists say which pools.
 */
export const MAX_SNAPSHOTS_OLD_HCI = 7;
const LAST_CAPPED_HCI = [6, 2, 0];

/** `6.2.0`, `5.8.8.R6` → [6, 2, 0], [5, 8, 8]: the numeric release; a suffix such as R6 is a patch of it. */
function release(version: string): number[] {
  const parts: number[] = [];
  for (const p of version.split('.')) {
    if (!/^\d+$/.test(p)) break;
    parts.push(Number(p));
  }
  return parts;
}

/** The snapshot limit of one server in this resource pool: 7 in HCI pools at 6.2.0 or older, none elsewhere. */
export function snapshotLimit(az: Pick<Az, 'type' | 'version'> | undefined): number | undefined {
  if (!az || az.type !== 'hci') return undefined;
  const v = release(az.version);
  if (!v.length) return undefined;
  for (let i = 0; i < LAST_CAPPED_HCI.length; i++) {
    const part = v[i] ?? 0;
    if (part !== LAST_CAPPED_HCI[i]) return part < LAST_CAPPED_HCI[i] ? MAX_SNAPSHOTS_OLD_HCI : undefined;
  }
  return MAX_SNAPSHOTS_OLD_HCI;
}

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
  const az = store.azs.get(server.az_id);
  // "仅HCI资源池的云主机支持快照管理功能" (seed L20070).
  if (az && az.type !== 'hci') throw badRequest(`server ${server.name} is in ${az.type} resource pool ${az.name}; only servers in HCI pools take snapshots`);
  const limit = snapshotLimit(az);
  if (limit !== undefined && existing.length >= limit) {
    throw badRequest(`server ${server.name} already has ${existing.length} snapshots, the most one server may have (${limit}) in resource pool ${az!.name} (HCI ${az!.version}); delete one first`);
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
