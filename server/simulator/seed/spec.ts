import { z } from 'zod';

/**
 * The seed format: what `--seed FILE` loads (JSON), and what the built-in demo
 * seed is written in. Ids are generated deterministically; names tie things together.
 */
export const SeedSpecSchema = z.strictObject({
  admin: z.strictObject({
    username: z.string().min(1),
    password: z.string().min(1),
    access_key: z.string().optional(),
    secret_key: z.string().optional(),
  }),
  azs: z.array(z.strictObject({
    name: z.string().min(1),
    hosts: z.number().int().min(1).max(64).default(3),
    /** Per-host capacity. */
    host_cores: z.number().int().default(64),
    host_memory_gb: z.number().int().default(512),
    /** The pool's `type` and `version` (seed §4.3.2: `hci` or `vmware`, e.g. `6.2.0`); HCI 6.2.0 and older cap snapshots at 7 per server. */
    type: z.enum(['hci', 'vmware']).default('hci'),
    version: z.string().regex(/^\d+(\.[0-9A-Za-z]+)*$/, { error: 'must look like 6.8.0 or 5.8.8.R6' }).default('6.8.0'),
  })).min(1),
  storage_tags: z.array(z.strictObject({ id: z.string(), name: z.string(), description: z.string().default('') })).min(1),
  line_types: z.array(z.string()).default(['移动线路']),
  images: z.array(z.strictObject({
    name: z.string(),
    disk_format: z.enum(['ISO', 'aCloud']),
    os_type: z.string(),
    size_mb: z.number().positive(),
    /** aCloud system-disk preallocation, which derive_disk must repeat. */
    preallocate: z.enum(['off', 'full', 'metadata']).default('off'),
    /** AZ names; all AZs when omitted. */
    azs: z.array(z.string()).optional(),
  })).default([]),
  tenants: z.array(z.strictObject({
    name: z.string().min(1),
    description: z.string().default(''),
    username: z.string().min(1),
    password: z.string().min(1),
    access_key: z.string().optional(),
    secret_key: z.string().optional(),
    /** AZ names the tenant is associated with. */
    azs: z.array(z.string()).min(1),
    /** Quota per AZ: resource key (e.g. `compute/cores`, `storage/storage_tag::<id>`) → limit (−1 unlimited). */
    quotas: z.record(z.string(), z.number().int()).default({}),
    /** Subnet CIDRs in the tenant's VPC of each AZ. */
    subnets: z.array(z.string()).default([]),
    /** Floating IPs allocated to the tenant. */
    floating_ips: z.number().int().min(0).default(0),
    /** Floating-IP quota on every line type (global, not per AZ): how many, and their summed bandwidth; unlimited when omitted. */
    floating_ip_quota: z.strictObject({ count: z.number().int().min(-1), bandwidth_kbps: z.number().int().min(-1) }).optional(),
    servers: z.number().int().min(0).max(20_000).default(0),
  })).default([]),
  floating_ip_pool: z.strictObject({ name: z.string(), cidr: z.string(), bandwidth_kbps: z.number().int() }).optional(),
  /** Tasks left running at start, so progress is visible right away. */
  running_tasks: z.number().int().min(0).max(50).default(0),
});

export type SeedSpec = z.infer<typeof SeedSpecSchema>;
