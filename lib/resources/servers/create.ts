import type { z } from 'zod';
import { ServerCreateSchema, type DiskInputSchema, type Image } from '@/lib/scp';
import type { QuotaNeeds } from '../quotas/needs';
import type { FieldError } from '../core/types';

/*
 * The create-server wizard's draft and the body it becomes (catalog §4.8.4).
 * The draft holds what the user typed, in the units the form shows (GB); the
 * body is SCP's shape in MB, checked with the same zod schema the console's
 * API uses (lib/scp/schemas/server-requests.ts).
 */

/** What the wizard collects, step by step. */
export interface ServerDraft {
  /** The tenant the server is for (admins choose; a tenant's own is used otherwise). */
  projectId: string;
  azId: string;
  imageId: string;
  /** System disk of an ISO install, GB (an aCloud image fixes its own). */
  systemDiskGb: number;
  sockets: number;
  coresPerSocket: number;
  memoryGb: number;
  storageTagId: string;
  dataDisksGb: number[];
  vpcId: string;
  subnetId: string;
  floatingIpId: string;
  name: string;
  count: number;
  description: string;
  powerOn: boolean;
  /** Guest password; only aCloud images apply it (SCP ignores it for ISO installs). */
  password: string;
}

/** A field of the draft; data disks are `dataDisksGb.<index>`. */
export type DraftField = Exclude<keyof ServerDraft, 'dataDisksGb'> | `dataDisksGb.${number}`;

/** A problem with one field of the draft. */
export type DraftError = FieldError;

/** The wizard's steps, in order, and the fields each one edits. */
export const WIZARD_STEPS = [
  { id: 'az', fields: ['projectId', 'azId'] },
  { id: 'image', fields: ['imageId', 'systemDiskGb'] },
  { id: 'compute', fields: ['sockets', 'coresPerSocket', 'memoryGb'] },
  { id: 'storage', fields: ['storageTagId', 'dataDisksGb'] },
  { id: 'network', fields: ['vpcId', 'subnetId', 'floatingIpId'] },
  { id: 'details', fields: ['name', 'count', 'description', 'powerOn', 'password'] },
  { id: 'review', fields: [] },
] as const;

/** A wizard step id. */
export type WizardStepId = (typeof WIZARD_STEPS)[number]['id'];

/** A fresh draft: one server with 1 socket × 1 core, 1 GB, powered on after creation. */
export const EMPTY_DRAFT: ServerDraft = {
  projectId: '', azId: '', imageId: '', systemDiskGb: 20, sockets: 1, coresPerSocket: 1, memoryGb: 1, storageTagId: '', dataDisksGb: [],
  vpcId: '', subnetId: '', floatingIpId: '', name: '', count: 1, description: '', powerOn: true, password: '',
};

/** Disk sizes the form offers, GB: SCP wants 1024 MB < size < 66060288 MB. */
export const DISK_GB = { min: 2, max: 64_511 } as const;
/** Data disks a server may get here (ide1, ide3…ide15 minus the CD-ROM's ide2 leaves 14). */
export const MAX_DATA_DISKS = 14;
/** SCP's limit for one create request. */
export const MAX_COUNT = 20;

type DiskInput = z.input<typeof DiskInputSchema>;
type CreateBody = z.input<typeof ServerCreateSchema>;
type ImageLike = Pick<Image, 'id' | 'disk_format' | 'disks'>;

/** The disk id of the `index`-th data disk: ide1, then ide3… (ide2 is the CD-ROM drive). */
export function dataDiskId(index: number): string {
  return `ide${index === 0 ? 1 : index + 2}`;
}

/** A preallocation (an image's, a disk's) as SCP's create and edit accept it; undefined for one they would not. */
export function preallocateOf(value: unknown): DiskInput['preallocate'] {
  if (value === 'off' || value === 'full' || value === 'metadata' || value === 0) return value;
  return undefined;
}

/** True for an aCloud (built-in) image: its system disk is derived, with the image's size and preallocation. */
export function isACloud(image: Pick<Image, 'disk_format'> | undefined): boolean {
  return image?.disk_format === 'aCloud';
}

/** The system disk ide0 the image demands (catalog §4.8.4, L1026–L1029). */
export function systemDisk(draft: Pick<ServerDraft, 'systemDiskGb'>, image: ImageLike | undefined): DiskInput {
  const builtIn = image?.disks[0];
  if (isACloud(image) && builtIn?.size_mb) {
    return { id: 'ide0', type: 'derive_disk', size_mb: builtIn.size_mb, preallocate: preallocateOf(builtIn.preallocate) };
  }
  return { id: 'ide0', type: 'new_disk', size_mb: Math.round(draft.systemDiskGb * 1024), preallocate: 'off' };
}

/** The request body of a draft. `asAdmin` names the tenant in the body (a tenant's own session implies it). */
export function buildCreateBody(draft: ServerDraft, image: ImageLike | undefined, asAdmin: boolean): CreateBody {
  const disks: DiskInput[] = [
    systemDisk(draft, image),
    ...draft.dataDisksGb.map((gb, i): DiskInput => ({ id: dataDiskId(i), type: 'new_disk', size_mb: Math.round(gb * 1024), preallocate: 'off' })),
  ];
  const body: CreateBody = {
    name: draft.name.trim(),
    cores: draft.sockets * draft.coresPerSocket,
    sockets: draft.sockets,
    memory_mb: Math.round(draft.memoryGb * 1024),
    disks,
    networks: draft.subnetId ? [{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: draft.vpcId || undefined, subnet_id: draft.subnetId }] : [],
    image_id: draft.imageId,
    az_id: draft.azId,
    count: draft.count,
    storage_tag_id: draft.storageTagId || undefined,
    power_on: draft.powerOn ? 1 : 0,
  };
  if (draft.description.trim()) body.description = draft.description.trim();
  if (draft.password && isACloud(image)) body.password = draft.password;
  if (draft.floatingIpId) body.floatingip = { floatingip_id: draft.floatingIpId };
  if (asAdmin && draft.projectId) body.project_id = draft.projectId;
  return body;
}

/** What a body consumes against quota: per server times the count. */
export function createNeeds(body: Pick<CreateBody, 'cores' | 'memory_mb' | 'count' | 'disks' | 'storage_tag_id'>): QuotaNeeds {
  // A half-typed draft (an emptied number field) counts as nothing yet, not as NaN.
  const n = (v: number | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const count = n(body.count ?? 1);
  const tag = body.storage_tag_id ?? '';
  const mb = body.disks.reduce((sum, d) => sum + (d.type === 'share_disk' ? 0 : n(d.size_mb)), 0);
  return { vm_count: count, cores: n(body.cores) * count, ram: n(body.memory_mb) * count, storage: tag ? { [tag]: mb * count } : {} };
}

const wholeIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** The form's own checks, in its units and words; the shared schema runs after them. */
function draftProblems(draft: ServerDraft, image: ImageLike | undefined, asAdmin: boolean): Partial<Record<DraftField, DraftError>> {
  const e: Partial<Record<DraftField, DraftError>> = {};
  const required: DraftError = { key: 'forms.error.required' };
  if (asAdmin && !draft.projectId) e.projectId = required;
  if (!draft.azId) e.azId = required;
  if (!draft.imageId) e.imageId = required;
  const diskRange = { key: 'forms.error.range', values: { min: DISK_GB.min, max: DISK_GB.max } } as const;
  if (!isACloud(image) && !wholeIn(draft.systemDiskGb, DISK_GB.min, DISK_GB.max)) e.systemDiskGb = diskRange;
  if (!wholeIn(draft.sockets, 1, 32)) e.sockets = { key: 'forms.error.range', values: { min: 1, max: 32 } };
  if (!wholeIn(draft.coresPerSocket, 1, 64)) e.coresPerSocket = { key: 'forms.error.range', values: { min: 1, max: 64 } };
  if (!wholeIn(draft.memoryGb, 1, 2048)) e.memoryGb = { key: 'forms.error.range', values: { min: 1, max: 2048 } };
  if (!draft.storageTagId) e.storageTagId = required;
  draft.dataDisksGb.forEach((gb, i) => {
    if (!wholeIn(gb, DISK_GB.min, DISK_GB.max)) e[`dataDisksGb.${i}`] = diskRange;
  });
  if (draft.vpcId && !draft.subnetId) e.subnetId = required;
  if (draft.floatingIpId && !draft.subnetId) e.floatingIpId = { key: 'servers.create.error.floatingIpNeedsSubnet' };
  if (draft.floatingIpId && draft.count !== 1) e.floatingIpId = { key: 'servers.create.error.floatingIpOneServer' };
  if (!draft.name.trim()) e.name = required;
  else if (draft.name.trim().length > 99) e.name = { key: 'forms.error.tooLong', values: { max: 99 } };
  if (!wholeIn(draft.count, 1, MAX_COUNT)) e.count = { key: 'forms.error.range', values: { min: 1, max: MAX_COUNT } };
  if (draft.description.length > 99) e.description = { key: 'forms.error.tooLong', values: { max: 99 } };
  if (draft.password.length > 128) e.password = { key: 'forms.error.tooLong', values: { max: 128 } };
  return e;
}

/** The draft field an issue of the shared schema belongs to. */
export function fieldOfIssue(path: readonly PropertyKey[]): DraftField | undefined {
  const [head, index] = path;
  switch (head) {
    case 'name': case 'description': case 'count': case 'password': case 'sockets':
      return head;
    case 'cores': return 'coresPerSocket';
    case 'memory_mb': return 'memoryGb';
    case 'image_id': return 'imageId';
    case 'az_id': return 'azId';
    case 'storage_tag_id': return 'storageTagId';
    case 'floatingip': return 'floatingIpId';
    case 'project_id': return 'projectId';
    case 'networks': return 'subnetId';
    case 'disks': return typeof index === 'number' && index > 0 ? `dataDisksGb.${index - 1}` : 'systemDiskGb';
    default: return undefined;
  }
}

/** The draft field of a console API field error (`body.disks.1.size_mb` → `dataDisksGb.0`). */
export function fieldOfApiError(field: string): DraftField | undefined {
  return fieldOfIssue(field.replace(/^body\./, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
}

/** The outcome of checking a draft: the body to send, or the problems by field. */
export type DraftCheck =
  | { ok: true; body: z.output<typeof ServerCreateSchema>; input: CreateBody }
  | { ok: false; errors: Partial<Record<DraftField, DraftError>>; input: CreateBody };

/** Checks a draft: the form's checks, then the console API's own schema, in the browser. */
export function checkDraft(draft: ServerDraft, image: ImageLike | undefined, asAdmin: boolean): DraftCheck {
  const input = buildCreateBody(draft, image, asAdmin);
  const errors = draftProblems(draft, image, asAdmin);
  if (Object.keys(errors).length) return { ok: false, errors, input };
  const parsed = ServerCreateSchema.safeParse(input);
  if (parsed.success) return { ok: true, body: parsed.data, input };
  for (const issue of parsed.error.issues) {
    const field = fieldOfIssue(issue.path) ?? 'name';
    errors[field] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return { ok: false, errors, input };
}

/** The first step holding one of `fields`. */
export function stepOfField(field: DraftField): WizardStepId {
  const base = field.startsWith('dataDisksGb.') ? 'dataDisksGb' : field;
  return WIZARD_STEPS.find((s) => (s.fields as readonly string[]).includes(base))?.id ?? 'details';
}
