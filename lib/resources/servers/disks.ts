import type { z } from 'zod';
import { DiskInputSchema, ServerEditSchema, type ServerDetail } from '@/lib/scp';
import { DISK_GB, preallocateOf } from './create';
import { ALLOWED, refuse, type FieldError, type Verdict } from '../core/types';

/*
 * Growing, adding and removing a server's disks (catalog §4.8.5, as the
 * simulator enforces it). Edit takes the full desired disk list: the disks the
 * server keeps, with `is_old_disk: 1`, and the new ones; a disk left out is
 * removed, and `hard_delete_disks` names those whose data goes for good. An
 * existing disk may grow but not shrink; a shared volume keeps the volume's
 * size; the system disk stays; new data disks take the first free id (ide1,
 * ide3…ide15: ide2 is the CD-ROM drive) and go on the server's storage tag.
 */

type Disk = ServerDetail['disks'][number];
type DiskInput = z.input<typeof DiskInputSchema>;
type ServerLike = Pick<ServerDetail, 'disks' | 'storage_tag_id'>;

/** Data disk ids in the order SCP fills them. */
const DATA_DISK_IDS = Array.from({ length: 16 }, (_, i) => `ide${i}`).filter((id) => id !== 'ide0' && id !== 'ide2');

/** The size a new data disk starts at, GB (as in the create wizard). */
const NEW_DISK_GB = 20;

/** SCP's documented upper bound (exclusive), MB. */
const DISK_MAX_MB = 66_060_288;

/** The first free data disk id, or undefined when ide1…ide15 are all taken. */
export function nextDiskId(used: Iterable<string>): string | undefined {
  const taken = new Set(used);
  return DATA_DISK_IDS.find((id) => !taken.has(id));
}

/** A row of the disks form: a disk the server has (`old`), or a new data disk; the size as typed, in GB. */
export interface DiskRow {
  id: string;
  sizeGb: string;
  old?: Disk;
  /** A disk the server has, to be removed: detached and kept (`detach`), or with its data deleted (`delete`). */
  removal?: 'detach' | 'delete';
  /** A shared volume to attach (a new `share_disk` row): its size is the volume's. */
  volume?: { id: string; sizeMb: number };
}

/** A size in MB as the form shows it in GB (two decimals at most). */
export function gbText(mb: number): string {
  return String(Math.round((mb / 1024) * 100) / 100);
}

/** The form's rows for a server: its disks as they are. */
export function diskRows(server: ServerLike): DiskRow[] {
  return server.disks.map((d) => ({ id: d.id, sizeGb: gbText(d.size_mb), old: d }));
}

/** A new row for the next free id; undefined when there is none. */
export function newDiskRow(rows: readonly DiskRow[]): DiskRow | undefined {
  const id = nextDiskId(rows.map((r) => r.id));
  return id ? { id, sizeGb: String(NEW_DISK_GB) } : undefined;
}

/**
 * The rows that attach a shared volume to a server as its next free data
 * disk (catalog §4.12: a server edit with a `share_disk` naming the volume),
 * or the reason it cannot: no free slot, or the volume is attached already.
 */
export function attachVolumeRows(server: ServerLike, volume: { id: string; size_mb: number }): { ok: true; rows: DiskRow[] } | { ok: false; verdict: Verdict } {
  const rows = diskRows(server);
  if (server.disks.some((d) => d.type === 'share_disk' && d.storage_id === volume.id)) return { ok: false, verdict: refuse('state', 'servers.reason.volumeAttached') };
  const id = nextDiskId(rows.map((r) => r.id));
  if (!id) return { ok: false, verdict: refuse('state', 'servers.reason.diskSlots') };
  return { ok: true, rows: [...rows, { id, sizeGb: gbText(volume.size_mb), volume: { id: volume.id, sizeMb: volume.size_mb } }] };
}

/** Whether a disk the server has may be resized: a shared volume's size is the volume's. */
export function diskResizeVerdict(disk: Disk): Verdict {
  return disk.type === 'share_disk' ? refuse('state', 'servers.reason.diskShared') : ALLOWED;
}

/** Whether a disk the server has may be removed: not the system disk (the server's first). */
export function diskRemoveVerdict(disk: Disk, server: Pick<ServerDetail, 'disks'>): Verdict {
  return disk.id === server.disks[0]?.id ? refuse('state', 'servers.reason.diskSystem') : ALLOWED;
}

/** Whether another data disk may be added. */
export function addDiskVerdict(rows: readonly DiskRow[]): Verdict {
  return nextDiskId(rows.map((r) => r.id)) ? ALLOWED : refuse('state', 'servers.reason.diskSlots');
}

const typeOf = (type: string | null | undefined) => {
  const parsed = DiskInputSchema.shape.type.safeParse(type ?? undefined);
  return parsed.success ? parsed.data : undefined;
};

/** SCP wants the storage of a disk that is not its own file: the volume of a shared disk, the LUN of a physical one. */
const NAMES_ITS_STORAGE = ['share_disk', 'physical_disk', 'rdm_disk'];

/** The size a row asks for, MB, or an error; an untouched row keeps the exact size it had. */
function sizeOf(row: DiskRow): { mb: number } | { error: FieldError } {
  if (row.volume) return { mb: row.volume.sizeMb };
  if (row.old && row.sizeGb.trim() === gbText(row.old.size_mb)) return { mb: row.old.size_mb };
  const gb = Number(row.sizeGb);
  if (!row.old) {
    return Number.isInteger(gb) && gb >= DISK_GB.min && gb <= DISK_GB.max ? { mb: gb * 1024 } : { error: { key: 'forms.error.range', values: { min: DISK_GB.min, max: DISK_GB.max } } };
  }
  const mb = Math.round(gb * 1024);
  if (!row.sizeGb.trim() || !Number.isFinite(gb) || mb < row.old.size_mb) return { error: { key: 'servers.disks.error.shrink', values: { min: gbText(row.old.size_mb) } } };
  if (mb >= DISK_MAX_MB) return { error: { key: 'forms.error.range', values: { min: gbText(row.old.size_mb), max: DISK_GB.max } } };
  return { mb };
}

/** What SCP gets for a row: an existing disk as it is (type, allocation, `is_old_disk: 1`) with its size; a new thin disk. */
function inputOf(row: DiskRow, mb: number): DiskInput {
  const old = row.old;
  if (row.volume) return { id: row.id, size_mb: mb, type: 'share_disk', preallocate: 'off', storage_id: row.volume.id };
  if (!old) return { id: row.id, size_mb: mb, type: 'new_disk', preallocate: 'off' };
  const type = typeOf(old.type);
  return {
    id: old.id, size_mb: mb, type, preallocate: preallocateOf(old.preallocate), is_old_disk: 1,
    storage_id: type && NAMES_ITS_STORAGE.includes(type) ? old.storage_id || undefined : undefined,
  };
}

/** The outcome of checking the rows: the edit body, or problems by row id (`form` when nothing changed). */
export type DiskEditCheck =
  | { ok: true; body: z.output<typeof ServerEditSchema> }
  | { ok: false; errors: Record<string, FieldError> };

/** Checks the rows and builds `{disks}` of PUT /servers/{id}, checked with the console API's own schema. */
export function checkDiskEdit(rows: readonly DiskRow[]): DiskEditCheck {
  const errors: Record<string, FieldError> = {};
  const disks: DiskInput[] = [];
  const kept = rows.filter((r) => !(r.old && r.removal));
  const hardDelete = rows.filter((r) => r.old && r.removal === 'delete').map((r) => r.id);
  for (const row of kept) {
    const size = sizeOf(row);
    if ('error' in size) errors[row.id] = size.error;
    else disks.push(inputOf(row, size.mb));
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  if (rows.every((r) => r.old && !r.removal && disks.find((d) => d.id === r.id)?.size_mb === r.old.size_mb)) return { ok: false, errors: { form: { key: 'servers.edit.nothing' } } };
  const parsed = ServerEditSchema.safeParse(hardDelete.length ? { disks, hard_delete_disks: hardDelete } : { disks });
  if (parsed.success) return { ok: true, body: parsed.data };
  for (const issue of parsed.error.issues) {
    const id = typeof issue.path[1] === 'number' ? disks[issue.path[1]]?.id : undefined;
    errors[id ?? 'form'] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return { ok: false, errors };
}

/** MB the rows add per storage tag (growth and new disks; shared volumes are not the server's storage). */
export function diskStorageNeeds(server: ServerLike, rows: readonly DiskRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    if (row.old?.type === 'share_disk' || row.volume || row.removal) continue;
    const size = sizeOf(row);
    const grow = 'mb' in size ? size.mb - (row.old?.size_mb ?? 0) : 0;
    const tag = row.old?.storage_tag_id || server.storage_tag_id || '';
    if (grow > 0 && tag) out[tag] = (out[tag] ?? 0) + grow;
  }
  return out;
}
