import { z } from 'zod';
import { Description, optNumber, optText } from './common';
import { Hex32, Uuid } from './ids';

/** An image (GET /images item, catalog §4.9). There is no image detail: clients filter the list by `image_ids`. */
export const ImageSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  /** private, public, service, vnetdev, app-center. */
  image_type: z.string(),
  /** active, deactivated, saving, error. */
  status: z.string(),
  os_type: optText(),
  visibility: optText(),
  /** ISO, aCloud (built-in, derived system disk) or vmware. */
  disk_format: z.string(),
  /** The owning project of a private image. */
  owner_id: optText(),
  size_mb: optNumber(),
  virtual_size_mb: optNumber(),
  /** `is_vmttools_installed` [sic] in the table: normalised to this name. */
  is_vmtools_installed: optNumber(),
  /** Error text of a failed upload or distribution. */
  message: optText(),
  /** The task activating or distributing the image, while one runs. */
  task_id: optText(),
  azs: z.array(z.looseObject({ id: z.string(), is_available: optNumber(), arch_type: optText() })).default([]),
  /** The built-in disk (aCloud): a server created from the image must use its size and preallocation for ide0. */
  disks: z.array(z.looseObject({ id: z.string(), size_mb: optNumber(), storage_id: optText(), preallocate: z.union([z.string(), z.number()]).nullish() })).default([]),
});
/** An image. */
export type Image = z.output<typeof ImageSchema>;

/** POST /images: the record only; the content follows with an upload. */
export const ImageCreateSchema = z.object({
  image_type: z.enum(['private', 'public']),
  name: z.string().trim().min(1).max(99),
  azs: z.array(Uuid).min(1, { error: 'must name at least one AZ' }),
  disk_format: z.enum(['ISO', 'aCloud']),
  description: Description.optional(),
  os_type: z.string().max(64).optional(),
  /** The tenant of a private image created by a platform admin. */
  owner_id: Hex32.optional(),
});

/** PUT /images/{id}: name, description, OS type, re-bind AZs. */
export const ImageEditSchema = z.object({
  name: z.string().trim().min(1).max(99).optional(),
  description: Description.optional(),
  os_type: z.string().max(64).optional(),
  azs: z.array(Uuid).min(1).optional(),
}).refine((b) => Object.values(b).some((v) => v !== undefined), { error: 'send at least one field to change' });

/** Answer of image create: the record's id and its task. */
export const ImageCreatedSchema = z.looseObject({ task_id: z.string(), id: z.string() });
