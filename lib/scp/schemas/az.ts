import { z } from 'zod';
import { optNumber, optText } from './common';

/** A resource pool (GET /azs item, catalog §4.3). */
export const AzSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  /** normal, offline, unauthorized, master_offline, password_error. */
  status: z.string(),
  /** hci or vmware. */
  type: optText(),
  /** public (shared) or private (dedicated). */
  tag: optText(),
  version: optText(),
});
/** A resource pool. */
export type Az = z.output<typeof AzSchema>;

/** One line of virtual capacity: names are localized display names; `limit` −1 = unlimited. */
const VirtualResource = z.looseObject({ name: z.string(), limit: optNumber(), total: z.number(), allocated: optNumber(), occupied: optNumber(), unit: optText() });
/** One line of physical capacity (cpu in MHz, memory and storage in MB…). */
const PhysicalResource = z.looseObject({ name: z.string(), total: z.number(), used: z.number(), unit: optText() });

/** A resource pool's detail with its capacity (admin only). */
export const AzDetailSchema = AzSchema.extend({
  virtual_resources: z.array(VirtualResource).default([]),
  physical_resources: z.array(PhysicalResource).default([]),
});
/** A resource pool's detail. */
export type AzDetail = z.output<typeof AzDetailSchema>;

const Counts = z.looseObject({ total: z.number(), online_count: optNumber(), offline_count: optNumber(), alarm_count: optNumber(), running_count: optNumber(), error_count: optNumber() });

/** The platform overview (GET /overview, admin only). */
export const OverviewSchema = z.looseObject({
  virtual_resources: z.array(VirtualResource).default([]),
  physical_resources: z.array(PhysicalResource).default([]),
  host: Counts.nullish(),
  server: Counts.nullish(),
  az: Counts.nullish(),
});
/** The platform overview. */
export type Overview = z.output<typeof OverviewSchema>;

const HostUsage = z.looseObject({ total_mhz: optNumber(), used_mhz: optNumber(), total_mb: optNumber(), used_mb: optNumber(), ratio: optNumber() });

/** A physical host (GET /hosts item). */
export const HostSchema = z.looseObject({
  /** e.g. host-6c92bfde3a4c; usable as a server's `location.id`. */
  id: z.string(),
  name: z.string(),
  description: optText(),
  /** running or offline. */
  status: z.string(),
  ip: optText(),
  az_id: z.string(),
  alarm_count: optNumber(),
  cpu: HostUsage.nullish(),
  memory: HostUsage.nullish(),
  storage: HostUsage.nullish(),
});
/** A physical host. */
export type Host = z.output<typeof HostSchema>;
