import { z } from 'zod';
import { Description, Flag, Name } from './common';
import { Hex32, HostId, Uuid } from './ids';

/*
 * What the console accepts for server operations (catalog §4.8.4–4.8.6). The
 * shapes are SCP's own, with the fields the console offers. The console API
 * refuses any other key, at any depth (the BFF parses with a strict copy), so
 * these schemas name every field a form may send.
 */

/** Documented disk size bounds, exclusive (catalog §4.8.4): 1 GB < size_mb < 63 TB. */
const DISK_MIN_MB = 1024;
const DISK_MAX_MB = 66060288;

const DiskId = z.string().refine((id) => /^(ide([0-9]|1[0-5])|scsi\d{1,2})$/.test(id) && id !== 'ide2', {
  error: 'must be ide0…ide15 or scsiN, and not ide2 (the CD-ROM drive)',
});

/** Thin (`off`), thick (`full`) or dynamic (`metadata`); the samples' `0` means off. */
const Preallocate = z.union([z.enum(['off', 'full', 'metadata']), z.literal(0)], { error: 'must be off, full or metadata' });

/** A disk in create and edit. Edit sends the full desired list, existing disks with `is_old_disk: 1`. */
export const DiskInputSchema = z.object({
  id: DiskId,
  size_mb: z.number({ error: 'is required (MB)' }).refine((n) => n > DISK_MIN_MB && n < DISK_MAX_MB, {
    error: `must be more than ${DISK_MIN_MB} MB and less than ${DISK_MAX_MB} MB`,
  }),
  type: z.enum(['new_disk', 'derive_disk', 'physical_disk', 'share_disk', 'rdm_disk'], { error: 'must be new_disk, derive_disk, physical_disk, share_disk or rdm_disk' }).optional(),
  preallocate: Preallocate.optional(),
  storage_id: z.string().min(1).optional(),
  is_old_disk: Flag.optional(),
  use_virtio: Flag.optional(),
});

/** A NIC in create and edit: a VPC NIC names its VPC and subnet; `ip_info` pins an address. */
export const NicInputSchema = z.object({
  vif_id: z.string().regex(/^net\d{1,2}$/, { error: 'must be net0, net1, …' }),
  connect: Flag,
  model: z.enum(['e1000', 'rtl8139', 'virtio', 'e1000e', 'vmxnet', 'vmxnet2', 'vmxnet3', 'flexible']).optional(),
  mac_address: z.string().regex(/^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$/, { error: 'must look like fe:fc:fe:12:34:56' }).optional(),
  vpc_id: Uuid.optional(),
  subnet_id: Uuid.optional(),
  ip_info: z.object({
    ip_address: z.string().min(1),
    netmask: z.string().optional(),
    gateway: z.string().optional(),
    dns: z.array(z.string()).optional(),
  }).optional(),
  custom_gateway_ip: z.string().optional(),
});

/** `advance_param`: what the console sets of it (SCP extends it version by version; a new field is added here first). */
const AdvanceParam = z.object({
  cpu_hotplug: Flag.optional(),
  mem_hotplug: Flag.optional(),
  onboot: Flag.optional(),
  boot_order: z.enum(['cd', 'dc', 'c', 'd']).optional(),
});

/** Where a server runs: `cluster` (any host) or a host. */
const Location = z.object({ id: z.union([z.literal('cluster'), HostId]), location: Flag.optional() });

const Cores = z.number().int().min(1, { error: 'must be at least 1' });

/** POST /servers (catalog §4.8.4). `password` is plain text here; the BFF encrypts it for SCP. */
export const ServerCreateSchema = z.object({
  name: Name,
  description: Description.optional(),
  cores: Cores,
  sockets: Cores,
  memory_mb: z.number().int().min(1, { error: 'must be at least 1 MB' }),
  disks: z.array(DiskInputSchema).min(1, { error: 'must contain at least the system disk ide0' }),
  networks: z.array(NicInputSchema),
  image_id: Uuid,
  az_id: Uuid,
  dh_id: z.string().optional(),
  count: z.number().int().min(1).max(20, { error: 'must be at most 20' }).optional(),
  storage_tag_id: Uuid.optional(),
  storage_id: z.string().optional(),
  location: Location.optional(),
  power_on: Flag.optional(),
  advance_param: AdvanceParam.optional(),
  password: z.string().min(1).max(128).optional(),
  hostname: z.string().max(99).optional(),
  floatingip: z.object({ floatingip_id: Uuid.optional(), bandwidth: z.number().int().min(0).optional(), line_type: Uuid.optional() }).optional(),
  project_id: Hex32.optional(),
  user_id: Hex32.optional(),
}).refine((b) => b.cores >= b.sockets, { error: 'cores (the total) must be at least sockets', path: ['cores'] });

/** PUT /servers/{id} (catalog §4.8.5): only what changes. */
export const ServerEditSchema = z.object({
  name: Name.optional(),
  description: Description.optional(),
  cores: Cores.optional(),
  sockets: Cores.optional(),
  memory_mb: z.number().int().min(1).optional(),
  os_type: z.string().min(1).optional(),
  disks: z.array(DiskInputSchema).min(1).optional(),
  /** Disks left out of `disks` whose data is deleted for good rather than kept (catalog §4.8.5). */
  hard_delete_disks: z.array(z.string().regex(/^ide\d{1,2}$/, { error: 'must be disk ids such as ide1' })).optional(),
  networks: z.array(NicInputSchema).optional(),
  advance_param: AdvanceParam.optional(),
}).refine((b) => Object.values(b).some((v) => v !== undefined), { error: 'send at least one field to change' });

/** `{force}` of delete (1 = permanently, else to the recycle bin), stop (1 = power off) and reboot (1 = reset). */
export const ForceSchema = z.object({ force: Flag.optional() });

/** POST /servers/{id}/clone (catalog §4.8.6). */
export const ServerCloneSchema = z.object({
  name: z.string().trim().min(1).max(70, { error: 'must be at most 70 characters' }),
  power_on: Flag,
  count: z.number().int().min(1).max(20, { error: 'must be at most 20' }),
  description: Description.optional(),
  storage_tag_id: Uuid.optional(),
  compute_location_id: z.union([z.literal('cluster'), HostId]).optional(),
  clone_type: z.enum(['full', 'fast', 'link']).optional(),
  advance_param: z.object({ snapshot_id: Uuid.optional(), return_uuids: Flag.optional(), clone_share_disk: Flag.optional() }).optional(),
});

/** The console's names for the batch actions, and SCP's keys for them. */
export const BATCH_ACTIONS = {
  start: 'start_servers_action',
  stop: 'stop_servers_action',
  poweroff: 'poweroff_servers_action',
  reboot: 'reboot_servers_action',
  suspend: 'suspend_servers_action',
  soft_delete: 'soft_del_servers_action',
} as const;

/**
 * POST /servers/action: the console sends `{server_ids, action}`; SCP wants
 * `{server_ids, server_action: {<action key>: ""}}` (catalog §4.8.6).
 */
export const ServerBatchActionSchema = z.object({
  server_ids: z.array(Uuid).min(1, { error: 'must list at least one server' }).max(100, { error: 'must list at most 100 servers' }),
  action: z.enum(Object.keys(BATCH_ACTIONS) as [keyof typeof BATCH_ACTIONS, ...(keyof typeof BATCH_ACTIONS)[]]),
}).transform(({ server_ids, action }) => ({ server_ids, server_action: { [BATCH_ACTIONS[action]]: '' } }));

/** POST /servers/{id}/server-password: plain text here, RSA-encrypted by the BFF. */
export const ServerPasswordSchema = z.object({ password: z.string().min(1).max(128) });

/** POST /servers/{id}/remote-consoles: SCP takes one fixed body, so the console sends none. */
export const RemoteConsoleRequestSchema = z.object({})
  .optional()
  .transform(() => ({ remote_console: { protocol: 'vnc', type: 'novnc' } }));
