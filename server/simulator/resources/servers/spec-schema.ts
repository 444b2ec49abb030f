import { z } from 'zod';

/** Documented disk limits (catalog §4.8.4): 1024 < size_mb < 66060288 (1 GB … 63 TB), exclusive. */
export const DISK_MIN_MB = 1024;
export const DISK_MAX_MB = 66060288;

/** `0`/`1` flags as the seed's tables type them. */
export const Flag = z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' });

/**
 * Disk allocation: off/full/metadata (the config model's upper case too). Every
 * create/edit sample sends `0`; the simulator reads that as `off`, the first
 * (thin) mode of the enum table.
 */
export const Preallocate = z.preprocess(
  (v) => (v === 0 || v === false ? 'off' : typeof v === 'string' ? v.toLowerCase() : v),
  z.enum(['off', 'full', 'metadata'], { error: 'must be off, full or metadata (0 is read as off)' }),
);

/** ide0…ide15 except ide2 (occupied by the CD-ROM), or scsiN. */
export const DiskId = z.string().refine((id) => /^(ide([0-9]|1[0-5])|scsi\d{1,2})$/.test(id) && id !== 'ide2', {
  error: 'must be ide0…ide15 or scsiN, and not ide2 (occupied by the CD-ROM drive)',
});

export const DiskSchema = z.looseObject({
  id: DiskId,
  size_mb: z.number({ error: 'is required (MB)' }).refine((n) => n > DISK_MIN_MB && n < DISK_MAX_MB, {
    error: `must be greater than ${DISK_MIN_MB} (1 GB) and less than ${DISK_MAX_MB} (63 TB)`,
  }),
  type: z.enum(['new_disk', 'derive_disk', 'physical_disk', 'share_disk', 'rdm_disk', 'exist_disk'], {
    error: 'must be new_disk, derive_disk, physical_disk, share_disk or rdm_disk',
  }).optional(),
  preallocate: Preallocate.optional(),
  storage_id: z.string().optional(),
  is_old_disk: Flag.optional(),
});
export type DiskRequest = z.infer<typeof DiskSchema>;

const NIC_MODELS = ['e1000', 'rtl8139', 'virtio', 'e1000e', 'vmxnet', 'vmxnet2', 'vmxnet3', 'flexible'] as const;

export const NicSchema = z.looseObject({
  vif_id: z.string().regex(/^net\d{1,2}$/, { error: 'must be net0, net1, …' }),
  connect: Flag,
  model: z.enum(NIC_MODELS, { error: `must be one of ${NIC_MODELS.join(', ')}` }).optional(),
  mac_address: z.string().regex(/^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$/, { error: 'must look like fe:fc:fe:12:34:56' }).optional(),
  vpc_id: z.string().optional(),
  subnet_id: z.string().optional(),
  device_id: z.string().nullish(),
  ip_info: z.looseObject({ ip_address: z.string({ error: 'is required inside ip_info' }) }).optional(),
});
export type NicRequest = z.infer<typeof NicSchema>;

export const HotplugSchema = z.looseObject({ cpu_hotplug: Flag.optional(), mem_hotplug: Flag.optional() });

/** Shape checks that are the same in create and edit. */
export const NameSchema = z.string().min(1, { error: 'must not be empty' }).max(99, { error: 'must be shorter than 100 characters' });
export const DescriptionSchema = z.string().max(99, { error: 'must be shorter than 100 characters' });
