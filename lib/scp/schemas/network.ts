import { z } from 'zod';
import { Description, Flag, Name, optNumber, optText } from './common';
import { Hex32, Uuid } from './ids';

/** A VPC (GET /vpcs item, catalog §4.11.1). There is no VPC detail: clients filter the list by `id`. */
export const VpcSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  az_id: z.string(),
  project_id: z.string(),
  /** creating, active, updating, deleting, error. */
  status: z.string(),
  shared: optNumber(),
});
/** A VPC. */
export type Vpc = z.output<typeof VpcSchema>;

const AllocationPools = z.array(z.object({ start: z.string().min(1), end: z.string().min(1) }));

/** A subnet (list item and detail, catalog §4.11.2). `netdomain_id` is normalised to `vpc_id`. */
export const SubnetSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  az_id: optText(),
  project_id: z.string(),
  vpc_id: z.string(),
  cidr: z.string(),
  status: optText(),
  gateway_ip: optText(),
  /** 0 for SCP's hidden wan and NFV management subnets, which must not be changed. */
  is_visible: optNumber(),
  enable_dhcp: optNumber(),
  allocation_pools: z.array(z.looseObject({ start: z.string(), end: z.string() })).default([]),
  created_at: optText(),
  updated_at: optText(),
});
/** A subnet. */
export type Subnet = z.output<typeof SubnetSchema>;

/**
 * A floating IP (list, detail and create answers, catalog §4.11.6). Drift is
 * normalised to these names: bandwidth `qos_*_kbps` → `qos_*`, create's
 * `port_id` → `floating_port_id`, the old `floating_ip_pool_id` → `floatingip_pool_id`.
 * `binding_info` is absent or null when the IP is not bound.
 */
export const FloatingIpSchema = z.looseObject({
  id: z.string(),
  project_id: z.string(),
  floating_ip: z.string(),
  floatingip_pool_id: optText(),
  floating_port_id: optText(),
  subnet_id: optText(),
  sharedbandwidth_id: optText(),
  bandwidth: z.looseObject({ qos_uplink: optNumber(), qos_downlink: optNumber() }).nullish(),
  binding_info: z.looseObject({
    router_id: optText(),
    /** The binding record's id (seed L30359, L30891), not the bound device's: the 2019 list names the device in device_name. */
    bind_id: optText(),
    status: optText(),
    bind_type: optText(),
    ip_address: optText(),
    port_id: optText(),
    vpc_id: optText(),
    az_id: optText(),
    device_name: optText(),
  }).nullish(),
  created_at: optText(),
  updated_at: optText(),
});
/** A floating IP. */
export type FloatingIp = z.output<typeof FloatingIpSchema>;

/** A line type (线路类型, catalog §4.11.4): floating-IP pools and quotas are per line type. */
export const LineTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  /** inner_linetype, user_defined, pub_service. */
  type: optText(),
  description: optText(),
});
/** A line type. */
export type LineType = z.output<typeof LineTypeSchema>;

/** A floating-IP pool (弹性IP池, catalog §4.11.5; platform admins): the line type its addresses are of. */
export const FloatingIpPoolSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  line_type_id: optText(),
  is_global: optNumber(),
  az_ids: z.array(z.string()).nullish(),
});
/** A floating-IP pool. */
export type FloatingIpPool = z.output<typeof FloatingIpPoolSchema>;

/** POST /vpcs: one VPC per tenant per AZ (409 otherwise); the new id comes with the task. */
export const VpcCreateSchema = z.object({
  az_id: Uuid,
  project_id: Hex32,
  name: Name.optional(),
  dh_id: z.string().optional(),
});

/** POST /subnets (sync). */
export const SubnetCreateSchema = z.object({
  name: Name,
  description: Description.optional(),
  vpc_id: Uuid,
  cidr: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, { error: 'must be an IPv4 CIDR like 10.0.1.0/24' }),
  gateway_ip: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, { error: 'must be an IPv4 address' }),
  enable_dhcp: Flag.optional(),
  allocation_pools: AllocationPools.min(1, { error: 'must hold at least one range' }),
});

/** PUT /subnets/{id}: CIDR and gateway are immutable. */
export const SubnetEditSchema = z.object({
  name: Name.optional(),
  description: Description.optional(),
  enable_dhcp: Flag.optional(),
  allocation_pools: AllocationPools.min(1).optional(),
}).refine((b) => Object.values(b).some((v) => v !== undefined), { error: 'send at least one field to change' });

/** Floating-IP bandwidth in kbps (catalog §4.11.6: 0..10485760); up and down must be equal. */
const Kbps = z.number().int().min(0).max(10_485_760, { error: 'must be at most 10485760 kbps' });

/** POST /floatingips (sync). */
export const FloatingIpCreateSchema = z.object({
  project_id: Hex32,
  az_ids: z.array(Uuid).optional(),
  floatingip_pool_id: Uuid.optional(),
  line_type: Uuid.optional(),
  subnet_id: Uuid.optional(),
  floating_ip: z.string().optional(),
  sharedbandwidth_id: z.string().optional(),
  bandwidth: z.object({ qos_uplink: Kbps, qos_downlink: Kbps }).optional(),
});

/** POST /floatingips/{id}/binding: the NIC by port or address, in a VPC. */
export const FloatingIpBindSchema = z.object({
  vpc_id: Uuid,
  port_id: Uuid.optional(),
  ip_address: z.string().optional(),
}).refine((b) => b.port_id !== undefined || b.ip_address !== undefined, { error: 'give port_id or ip_address of the NIC', path: ['port_id'] });

/** PUT /floatingips/{id}: bandwidth; if only one direction is given SCP sets both. */
export const FloatingIpEditSchema = z.object({ qos_uplink: Kbps.optional(), qos_downlink: Kbps.optional() })
  .refine((b) => b.qos_uplink !== undefined || b.qos_downlink !== undefined, { error: 'send qos_uplink and/or qos_downlink' })
  .refine((b) => b.qos_uplink === undefined || b.qos_downlink === undefined || b.qos_uplink === b.qos_downlink, {
    error: 'qos_uplink and qos_downlink must be equal', path: ['qos_downlink'],
  });
