import { z } from 'zod';
import { Flag, optNumber, optText } from './common';

/** A server snapshot (GET /janus/20190725/servers/{id}/snapshots item, catalog §4.8.7). */
export const SnapshotSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  /** Null or "" for the first snapshot of the chain. */
  parent_id: optText(),
  /** `create_at` in the 2018 sample: normalised to `created_at`. */
  created_at: optText(),
  is_latest: optNumber(),
  /** vs, qcow2 or external_qcow2 (the detail sample says "VS"). */
  type: optText(),
  is_protected: optNumber(),
  status: optText(),
});
/** A server snapshot. */
export type Snapshot = z.output<typeof SnapshotSchema>;

/** SCP reserves the name `current` for the running state. */
const SnapshotName = z.string().trim().min(1, { error: 'must not be empty' }).max(90, { error: 'must be at most 90 characters' })
  .refine((v) => v !== 'current', { error: '"current" is reserved by SCP' });

/** POST /servers/{id}/snapshots. */
export const SnapshotCreateSchema = z.object({
  name: SnapshotName,
  description: z.string().max(90).optional(),
  snap_type: z.enum(['vs', 'qcow2', 'external_qcow2']).optional(),
});

/** PUT /servers/{id}/snapshots/{snapshot_id}: SCP requires the name on every edit. */
export const SnapshotEditSchema = z.object({
  name: SnapshotName,
  description: z.string().max(90).optional(),
  is_protected: Flag.optional(),
});

/** POST …/snapshots/{snapshot_id}/recovery: `backup` 1 takes a snapshot of the current state first. */
export const SnapshotRecoverySchema = z.object({ backup: Flag, power_on: Flag.optional() });

/** Answer of snapshot create (20190725): the task and the new snapshot's id. */
export const SnapshotCreatedSchema = z.looseObject({ task_id: z.string(), resource_id: z.string().optional() });
