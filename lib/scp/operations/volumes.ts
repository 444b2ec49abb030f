import { z } from 'zod';
import { ADMIN, scpListOperation, scpOperation } from '../registry';
import { Description, Name, optNumber, optText, TaskStartedSchema } from '../schemas/common';
import { Hex32, Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import { ForceSchema } from '../schemas/server-requests';

const v = '20180725';

/** A shared disk (GET /volumes item, seed L41038); `size` in GB. */
export const VolumeSchema = z.looseObject({
  id: z.string(), name: z.string(), description: optText(), size: z.number(), volume_type: optText(), status: z.string(), user_id: optText(),
  project_id: optText(), az_id: z.string(), storage_id: optText(), target_id: optText(), disk_id: optText(), created_at: optText(), updated_at: optText(),
});
/** A shared disk. */
export type Volume = z.output<typeof VolumeSchema>;

/** POST /volumes (seed L41239): shared disks on VS storage, which SCP picks when none is named; storage ids are SCP's own (`71295054_vs_vol_rep2`); `count` is a string (§9.7). */
export const VolumeCreateSchema = z.strictObject({
  name: Name, description: Description.optional(), az_id: Uuid,
  size: z.number({ error: 'must be a number of GB' }).int({ error: 'must be whole GB' }).min(1, { error: 'must be at least 1 GB' }).max(64512, { error: 'must be at most 64512 GB' }),
  volume_type: z.literal('sharedisk', { error: 'must be sharedisk' }), project_id: Hex32.optional(), storage_id: z.string().min(1).max(100).optional(),
  count: z.string().regex(/^([1-9]\d?|100)$/, { error: 'must be a whole number from 1 to 100' }).optional(),
});

/** A storage of an AZ (GET /storages item, seed L25766): `type` vs is virtual storage, the only kind for shared disks. */
export const StorageSchema = z.looseObject({ id: z.string(), name: z.string(), type: optText(), az_id: optText(), storage_tag_id: optText(), total_mb: optNumber(), used_mb: optNumber() });

/** Shared disks (卷), catalog §4.12: platform admins only. */
export const volumes = {
  list: scpListOperation({
    name: 'volumes.list', summary: 'shared disks', version: v, path: '/volumes', roles: ADMIN, item: VolumeSchema, console: 'GET /api/volumes',
    query: listQuery({ name: z.string().max(100).optional(), status: z.string().max(20).optional(), project_id: Hex32.optional(), az_id: Uuid.optional() }),
  }),
  detail: scpOperation({
    name: 'volumes.detail', summary: 'shared disk', method: 'GET', version: v, path: '/volumes/{volume_id}', roles: ADMIN, response: VolumeSchema,
    console: 'GET /api/volumes/:volume_id', ids: { volume_id: 'uuid' },
  }),
  create: scpOperation({
    name: 'volumes.create', summary: 'create shared disks', method: 'POST', version: v, path: '/volumes', roles: ADMIN, body: VolumeCreateSchema, response: TaskStartedSchema, task: true,
    console: 'POST /api/volumes',
  }),
  delete: scpOperation({
    name: 'volumes.delete', summary: 'delete a shared disk (force 0: recycle bin, 1: permanently)', method: 'DELETE', version: v, path: '/volumes/{volume_id}', roles: ADMIN,
    body: ForceSchema.required(), response: TaskStartedSchema, task: true, console: 'DELETE /api/volumes/:volume_id',
  }),
};

/** Storages, catalog §4.3: platform admins only. */
export const storages = {
  list: scpListOperation({
    name: 'storages.list', summary: 'storages', version: v, path: '/storages', roles: ADMIN, item: StorageSchema, console: 'GET /api/storages',
    query: listQuery({ az_id: Uuid.optional(), type: z.string().max(20).optional() }),
  }),
};
