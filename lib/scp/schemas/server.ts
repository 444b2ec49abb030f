import { z } from 'zod';
import { FlagValue, optNumber, optText } from './common';

/**
 * Server statuses (catalog §6.1). Both spellings of "stopping" occur; the
 * recycle bin shows `deleted`. Answers are not restricted to these: SCP may add
 * values, and the console shows unknown ones verbatim.
 */
export const SERVER_STATUSES = [
  'running', 'suspend', 'stopped', 'alert', 'overdue', 'lost', 'paused_io_error', 'starting', 'stopping', 'stoping', 'tpl_lost',
  'clone', 'backup', 'recovery', 'run_backup', 'resetting', 'suspending', 'updating', 'deleting', 'snapshotting', 'creating',
  'migrate', 'deriving', 'tpl_updating', 'tpl_moving', 'tpl_syncing', 'offline', 'deleted', 'error',
] as const;
/** A documented server status. */
export type ServerStatus = (typeof SERVER_STATUSES)[number];

const Usage = z.looseObject({ total_mb: optNumber(), used_mb: optNumber(), total_mhz: optNumber(), used_mhz: optNumber(), ratio: optNumber() });

/** A disk as lists and details show it. */
export const ServerDiskSchema = z.looseObject({
  id: z.string(),
  size_mb: z.number(),
  type: optText(),
  preallocate: z.union([z.string(), z.number()]).nullish(),
  storage_id: optText(),
  storage_name: optText(),
  storage_tag_id: optText(),
  is_old_disk: optNumber(),
});

/** A NIC as lists and details show it. */
export const ServerNicSchema = z.looseObject({
  vif_id: z.string(),
  connect: optNumber(),
  model: optText(),
  ip_address: optText(),
  mac_address: optText(),
  port_id: optText(),
  vpc_id: optText(),
  vpc_name: optText(),
  subnet_id: optText(),
  subnet_name: optText(),
  cidr: optText(),
  network_type: optText(),
});

/** The floating IP of a server (`floating_ip_address` in lists; details' `floatingip_ip` is normalised to it). */
export const ServerFloatingIpSchema = z.looseObject({
  floatingip_id: optText(),
  floating_ip_address: optText(),
  bandwidth: optNumber(),
  line_type_id: optText(),
});

/** Fields shared by the list item and the detail. */
const serverCore = {
  id: z.string(),
  name: z.string(),
  status: z.string(),
  description: optText(),
  project_id: z.string(),
  project_name: optText(),
  user_id: optText(),
  cores: z.number(),
  sockets: optNumber(),
  memory_mb: z.number(),
  az_id: optText(),
  az_name: optText(),
  os_type: optText(),
  os_name: optText(),
  storage_tag_id: optText(),
  /** `vmtype` in lists, `vm_type` in details: normalised to `vm_type`. */
  vm_type: optText(),
  disks: z.array(ServerDiskSchema).default([]),
  networks: z.array(ServerNicSchema).default([]),
  floatingip: ServerFloatingIpSchema.nullish(),
  created_at: optText(),
};

/** A server list item (GET /servers, catalog §4.8.2). */
export const ServerSchema = z.looseObject({
  ...serverCore,
  power_state: optText(),
  ips: z.array(z.string()).nullish(),
  user_name: optText(),
  cores_per_socket: optNumber(),
  host_id: optText(),
  host_name: optText(),
  image_id: optText(),
  image_name: optText(),
  uptime: optNumber(),
  vtool_installed: optNumber(),
  cpu_status: Usage.nullish(),
  memory_status: Usage.nullish(),
  storage_status: Usage.nullish(),
  in_protection: FlagValue.nullish(),
  expire_time: optText(),
});
/** A server as the list shows it. */
export type Server = z.output<typeof ServerSchema>;

/** A server's configuration (GET /servers/{id}, catalog §4.8.3). */
export const ServerDetailSchema = z.looseObject({
  ...serverCore,
  location: z.looseObject({ id: optText(), location: optNumber() }).nullish(),
  storage_tag_name: optText(),
  dh_id: optText(),
  host_name: optText(),
  image_id: optText(),
  image_name: optText(),
  cdroms: z.array(z.looseObject({ id: z.string(), image_id: optText(), image_name: optText() })).nullish(),
  vtool_installed: optNumber(),
  ha: optNumber(),
  advance_param: z.looseObject({
    cpu_hotplug: optNumber(),
    mem_hotplug: optNumber(),
    boot_order: optText(),
    onboot: optNumber(),
  }).nullish(),
  hotplug_sup_info: z.looseObject({ cpu: optNumber(), memory: optNumber() }).nullish(),
});
/** A server's configuration. */
export type ServerDetail = z.output<typeof ServerDetailSchema>;

/** Answer of server create: the task, and the new servers' ids at once. */
export const ServerCreatedSchema = z.looseObject({ task_id: z.string(), uuids: z.array(z.string()).default([]) });

/** Answer of clone: the task, and the clones' ids when `advance_param.return_uuids` was 1. */
export const ServerClonedSchema = z.looseObject({ task_id: z.string(), uuids: z.array(z.string()).optional() });

/** Answer of the remote console (catalog §4.8.6): a noVNC URL on SCP. */
export const RemoteConsoleSchema = z.looseObject({
  remote_console: z.looseObject({ url: z.string(), type: optText(), protocol: optText() }),
});
