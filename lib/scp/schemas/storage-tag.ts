import { z } from 'zod';
import { optNumber, optText } from './common';

/** Well-known storage tag ids (catalog §4.7, §6.3). */
export const WELL_KNOWN_STORAGE_TAGS = {
  highPerformance: '00000000-0000-0000-0000-000000000000',
  performance: '11111111-1111-1111-1111-111111111111',
  capacity: '22222222-2222-2222-2222-222222222222',
} as const;

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
