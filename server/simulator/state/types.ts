/**
 * The simulator's in-memory model. Records use SCP's own field names so that
 * list filters and `sort` work on them directly; `render*` functions in the
 * resource modules turn them into the documented response shapes.
 */
import type { RoleType } from './roles';

export interface Az {
  id: string;
  name: string;
  description: string;
  status: 'normal' | 'offline';
  type: 'hci' | 'vmware';
  tag: 'public' | 'private';
  version: string;
  arch_type: string;
  cpu_total_mhz: number;
  memory_total_mb: number;
  storage_total_mb: number;
}

export interface Host {
  id: string;
  name: string;
  az_id: string;
  ip: string;
  status: 'running' | 'offline';
  cpu_total_mhz: number;
  core_count: number;
  memory_total_mb: number;
  storage_total_mb: number;
}

export interface StorageTag {
  id: string;
  name: string;
  description: string;
}

export interface Storage {
  id: string;
  name: string;
  description: string;
  type: string;
  status: string;
  storage_tag_id: string;
  az_id: string;
  total_mb: number;
}

export interface Project {
  id: string;
  name: string;
  description: string;
  enabled: 0 | 1;
  role_type: 'tenant';
  parent_id: string;
  /** AZs associated with the tenant (POST /projects/{id}/azs). */
  az_ids: string[];
  admin_user_id: string;
  created_at: string;
  updated_at: string;
}

export interface User {
  id: string;
  /** Login name. */
  name: string;
  real_name: string;
  project_id: string;
  role_id: string;
  role_type: RoleType;
  enabled: boolean;
  mail: string;
  phone: string;
  /** Plain text: the simulator compares it with the decrypted login password. */
  password: string;
  access_key?: string;
  secret_key?: string;
  created_at: string;
}

export interface Role {
  id: string;
  name: string;
  type: RoleType;
  type_name: string;
  description: string;
  project_id: string;
  permissions: string[];
}

/** One quota row per tenant and resource key; limits per AZ (−1 = unlimited). */
export interface Quota {
  id: string;
  project_id: string;
  category: 'pool' | 'global';
  provider: 'hci';
  namespace: string;
  resource: string;
  name: string;
  unit: string;
  /** az_id → hard limit. */
  limits: Record<string, number>;
}

export interface ImageDisk {
  id: string;
  storage_id: string;
  size_mb: number;
  preallocate: 'off' | 'full' | 'metadata';
}

export interface Image {
  id: string;
  name: string;
  description: string;
  /** The types an image create accepts (seed §4.13.7 samples); app-center images are not made through it. */
  image_type: 'private' | 'public' | 'service' | 'vnetdev';
  /** Service images only (seed table 4.13.7). */
  service_type?: string;
  service_tag?: string;
  status: 'active' | 'deactivated' | 'saving' | 'error';
  os_type: string;
  visibility: 'private' | 'public';
  disk_format: 'ISO' | 'aCloud';
  owner_id: string;
  /** Tenant that owns a private image ('' for the platform's public, service and network-device images). */
  project_id: string;
  size_mb: number;
  virtual_size_mb: number;
  az_ids: string[];
  disks: ImageDisk[];
  task_id: string;
  message: string;
  created_at: string;
}

export interface Vpc {
  id: string;
  name: string;
  description: string | null;
  az_id: string;
  project_id: string;
  status: 'creating' | 'active' | 'updating' | 'deleting' | 'error';
  created_at: string;
}

export interface Subnet {
  id: string;
  name: string;
  description: string | null;
  az_id: string;
  project_id: string;
  vpc_id: string;
  cidr: string;
  gateway_ip: string;
  status: 'active';
  is_visible: 0 | 1;
  enable_dhcp: 0 | 1;
  shared: 0 | 1;
  allocation_pools: { start: string; end: string }[];
  created_at: string;
  updated_at: string;
}

export interface Port {
  id: string;
  name: string;
  vpc_id: string;
  subnet_id: string;
  project_id: string;
  az_id: string;
  device_id: string;
  device_type: string;
  device_owner: string;
  vif_id: string;
  mac_address: string;
  ip_address: string;
  admin_status_up: boolean;
  created_at: string;
}

export interface LineType {
  id: string;
  name: string;
  type: 'inner_linetype' | 'user_defined';
  description: string;
  created_at: string;
}

export interface FloatingIpPoolSubnet {
  id: string;
  name: string;
  description: string;
  gateway_ip: string;
  netmask: string;
  cidr: string;
  allocation_pools: { start: string; end: string }[];
  shared: 0 | 1;
  is_visible: 0 | 1;
  enable_dhcp: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface FloatingIpPool {
  id: string;
  name: string;
  description: string;
  line_type_id: string;
  is_global: 0 | 1;
  az_ids: string[];
  vlan: number | null;
  qos_uplink: number;
  qos_downlink: number;
  subnets: FloatingIpPoolSubnet[];
  created_at: string;
}

export interface FloatingIpBinding {
  bind_type: 'vm';
  vpc_id: string;
  port_id: string;
  ip_address: string;
  /** The binding record's own id (seed L30359, L30891: 绑定记录 ID), new for every bind; not the device. */
  bind_id: string;
  /** The server (or NFV device) whose NIC holds the floating IP. */
  device_id: string;
  az_id: string;
  status: 'active' | 'creating' | 'deleting';
  created_at: string;
}

export interface FloatingIp {
  id: string;
  project_id: string;
  floating_ip: string;
  floatingip_pool_id: string;
  subnet_id: string;
  floating_port_id: string;
  sharedbandwidth_id: string;
  qos_uplink: number;
  qos_downlink: number;
  binding: FloatingIpBinding | null;
  created_at: string;
  updated_at: string;
}

export interface ServerDisk {
  id: string;
  type: 'new_disk' | 'derive_disk' | 'share_disk';
  size_mb: number;
  preallocate: 'off' | 'full' | 'metadata';
  storage_id: string;
  storage_tag_id: string;
}

export interface ServerNic {
  vif_id: string;
  connect: 0 | 1;
  model: string;
  mac_address: string;
  ip_address: string;
  vpc_id: string;
  subnet_id: string;
  port_id: string;
}

export type ServerStatus =
  | 'running' | 'stopped' | 'suspend' | 'creating' | 'starting' | 'stopping' | 'resetting'
  | 'suspending' | 'updating' | 'deleting' | 'snapshotting' | 'clone' | 'recovery' | 'error' | 'deleted';

export interface Server {
  id: string;
  name: string;
  description: string;
  project_id: string;
  user_id: string;
  az_id: string;
  host_id: string;
  image_id: string;
  os_type: string;
  status: ServerStatus;
  power_state: 'on' | 'off';
  cores: number;
  sockets: number;
  memory_mb: number;
  disks: ServerDisk[];
  networks: ServerNic[];
  storage_tag_id: string;
  vmtype: 'vm';
  /** Tenant-visible floating IP bound to this server, if any. */
  floatingip_id: string;
  /** 1 while in the recycle bin (soft-deleted). */
  in_recycle_bin: 0 | 1;
  cpu_hotplug: 0 | 1;
  mem_hotplug: 0 | 1;
  created_at: string;
  /** When the server last powered on (ms), for `uptime`. */
  powered_on_at: number;
}

/** Snapshot type (catalog §6.1): storage, internal or disk snapshot. */
export type SnapshotType = 'vs' | 'qcow2' | 'external_qcow2';

export interface Snapshot {
  id: string;
  server_id: string;
  name: string;
  description: string;
  parent_id: string;
  is_protected: 0 | 1;
  created_at: string;
  type: SnapshotType;
  /** `normal` once taken (the sample's value); `creating`/`deleting` while a task works on it. */
  status: 'creating' | 'normal' | 'deleting';
  /** 1 for the snapshot closest to the server's data: the last one taken or recovered to. */
  is_latest: 0 | 1;
}

export interface Volume {
  id: string;
  name: string;
  description: string;
  size: number;
  volume_type: 'sharedisk';
  status: 'creating' | 'available' | 'deleting' | 'deleted' | 'error' | 'error_deleting';
  user_id: string;
  project_id: string;
  az_id: string;
  storage_id: string;
  target_id: string;
  disk_id: string;
  created_at: string;
  updated_at: string;
}
