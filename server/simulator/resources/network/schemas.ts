import { z } from 'zod';

/** SCP's int(0, 1) flags. */
export const Flag = z.union([z.literal(0), z.literal(1)]);

/** `allocation_pools: [{start, end}]`, shared by subnets and floating-IP pool subnets. */
export const AllocationPoolsSchema = z.array(z.object({ start: z.string().min(1), end: z.string().min(1) })).min(1);

export type AllocationPools = z.infer<typeof AllocationPoolsSchema>;

/** Largest floating-IP bandwidth SCP accepts, in kbps (catalog §4.11.6: int(0, 10485760)). */
export const MAX_FIP_KBPS = 10_485_760;

/** A floating IP's per-direction bandwidth in kbps. */
export const FipKbps = z.number().int().min(0).max(MAX_FIP_KBPS);

/** Floating-IP pool total bandwidth in kbps (catalog §4.11.5: int(1000, 1023998976)). */
export const PoolKbps = z.number().int().min(1000).max(1_023_998_976);

/** Names and descriptions: SCP caps them below 100 characters (catalog §7). */
export const Name = z.string().min(1).max(99);
export const Description = z.string().max(99);
