import { z } from 'zod';
import { optNumber, optText } from './common';
import { Hex32, Uuid } from './ids';

/** The AZ id SCP uses for global quota resources (eip_count, eip_bandwidth, image_usage…, catalog §4.7). */
export const GLOBAL_QUOTA_AZ_ID = '10000000-0000-0000-0000-000000000000';

/** A quota row (GET /quotas item, catalog §4.7): one resource of one tenant, with its limit and use per AZ. */
export const QuotaSchema = z.looseObject({
  /** 64 hex digits. */
  id: z.string(),
  category: optText(),
  provider: z.string(),
  namespace: z.string(),
  /** e.g. `cores`, `ram`, `storage_tag::<tag id>`, `eip_count::<line type id>`. */
  resource: z.string(),
  /** Localized display name. */
  name: optText(),
  project_id: z.string(),
  unit: optText(),
  separated_quotas: z.array(z.looseObject({ az_id: z.string(), in_use: z.number(), reserved: optNumber(), allocation: optNumber() })).default([]),
  /** −1 = unlimited. */
  az_quotas: z.array(z.looseObject({ az_id: z.string(), hard_limit: z.number() })).default([]),
});
/** A quota row. */
export type Quota = z.output<typeof QuotaSchema>;

/** POST /quotas: limits per tenant, resource and AZ (−1 = unlimited). */
export const QuotaSetSchema = z.object({
  project_id: Hex32,
  quota_sets: z.array(z.object({
    provider: z.enum(['hci', 'vmware', 'appcenter', 'cssp']),
    namespace: z.string().min(1),
    resource: z.string().min(1),
    value: z.number().int().min(-1, { error: 'must be −1 (unlimited) or more' }),
    az_id: Uuid,
  })).min(1, { error: 'must hold at least one quota' }).max(500),
});
