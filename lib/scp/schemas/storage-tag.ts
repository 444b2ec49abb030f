import { z } from 'zod';
import { optNumber, optText } from './common';

/**
 * A storage tag of an AZ (GET /storages/tags item, a bare list). Only tags on
 * which the tenant has quota are returned; `total_mb`/`used_mb` are the
 * tenant's quota and use.
 */
export const StorageTagSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  total_mb: optNumber(),
  used_mb: optNumber(),
  ratio: optNumber(),
  project_id: optText(),
});
/** A storage tag. */
export type StorageTag = z.output<typeof StorageTagSchema>;
