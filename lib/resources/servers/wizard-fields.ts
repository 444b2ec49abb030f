import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, type Image } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { azChoices, projectOptions, projectsQuery, vpcsQuery } from '../core/lookups';
import type { FilterOption, FormField, LoadContext, RowsSpec } from '../core/types';
import { ALLOWED, refuse } from '../core/types';
import { readRows } from '../core/rows';
import { DISK_GB, MAX_COUNT, MAX_DATA_DISKS, dataDiskId, isACloud, preallocateOf } from './create';

/*
 * The create-server wizard's fields (lib/resources/servers/wizard.ts), each
 * reading its choices through the cache as the values get far enough to ask:
 * tenants (admins), their AZs, the AZ's images, storage tags, the tenant's
 * VPCs there, their subnets and free floating IPs.
 */

type Values = Record<string, string>;
type Choices = FormField['choices'];

/** Values the chosen image sets: what the system disk and the guest password depend on. */
export const IMAGE_VALUES = ['imageFormat', 'imageDiskMb', 'imagePreallocate'] as const;

/** Choices that depend on the AZ, cleared when it changes (with what the image set). */
const AZ_DEPENDENT = ['imageId', ...IMAGE_VALUES, 'storageTagId', 'vpcId', 'subnetId', 'floatingIpId'];

/** Whether the values' image is an aCloud one (its system disk is derived). */
export const aCloudChosen = (values: Values) => isACloud({ disk_format: values.imageFormat });

const choices = (key: readonly unknown[] | null, fetch: (ctx: LoadContext & { signal: AbortSignal }) => Promise<FilterOption[]>): ReturnType<NonNullable<Choices>> =>
  key ? { key, fetch } : null;

/** A data disk row: its place in the table (`n`, which stays as others go) and its size typed in GB. */
export const DATA_DISK = { key: 'n', size: 'gb' } as const;

/** The data disks: each named by its place (ide1, ide3…: SCP's ids skip the CD-ROM), up to 14, 20 GB each to start. */
const dataDisks: RowsSpec = {
  key: DATA_DISK.key,
  legend: true,
  testIds: { row: 'wizard-data-disk-row', attribute: 'row', add: 'wizard-data-disk-add', remove: 'wizard-data-disk-remove', keep: 'wizard-data-disk-keep', error: 'wizard-data-disks-error' },
  fields: [{
    name: DATA_DISK.size, kind: 'number', unitKey: 'forms.unit.gb', min: () => String(DISK_GB.min),
    label: (_, index) => ({ key: 'servers.create.dataDisk', values: { id: dataDiskId(index) } }),
    testId: (index) => `wizard-data-disk-${index}`,
  }],
  emptyKey: 'servers.create.dataDisks.none',
  add: {
    labelKey: 'servers.create.dataDisks.add',
    allowed: (rows) => (rows.length < MAX_DATA_DISKS ? ALLOWED : refuse('state', 'servers.reason.diskSlots')),
    row: (rows) => ({ [DATA_DISK.key]: String(Math.max(0, ...rows.map((r) => Number(r[DATA_DISK.key]) + 1))), [DATA_DISK.size]: '20' }),
  },
  remove: { labelKey: 'servers.create.dataDisks.remove' },
};

/** The data disks' sizes as typed, in order. */
export const dataDiskSizes = (value: string | undefined) => readRows(value).map((row) => row[DATA_DISK.size] ?? '');

/** The image as a choice: its note says what it brings, and choosing it sets its format and built-in disk. */
function imageOption(img: Image): FilterOption {
  const kind = isACloud(img) ? 'servers.create.image.aCloud' : img.disk_format === 'ISO' ? 'servers.create.image.iso' : 'servers.create.image.other';
  const disk = img.disks[0];
  return {
    value: img.id,
    label: img.name,
    note: { key: kind, values: { os: img.os_type ?? { key: 'format.empty' } }, sizesMb: { size: disk?.size_mb ?? img.size_mb } },
    sets: { imageFormat: img.disk_format ?? '', imageDiskMb: String(disk?.size_mb ?? ''), imagePreallocate: String(preallocateOf(disk?.preallocate) ?? '') },
  };
}

/** The fields, for who is creating: an admin chooses the tenant first, and sees its AZs and the images it may use. */
export function serverWizardFields(session: Pick<SessionUser, 'role' | 'projectId'>): readonly FormField[] {
  const asAdmin = session.role === 'admin';
  const projectOf = (values: Values) => (asAdmin ? values.projectId ?? '' : session.projectId);
  const project: FormField = {
    name: 'projectId', labelKey: 'servers.create.project', kind: 'select', hintKey: 'servers.create.projectHint', placeholderKey: 'servers.create.choose',
    required: true, clears: ['azId', ...AZ_DEPENDENT], testId: 'wizard-project',
    choices: () => choices(projectsQuery.queryKey, async ({ read }) => projectOptions((await read(projectsQuery)).items)),
  };
  const az: FormField = {
    name: 'azId', labelKey: 'servers.create.az', kind: 'cards', clears: AZ_DEPENDENT,
    choices: asAdmin
      ? (values) => choices(values.projectId ? [...projectsQuery.queryKey, 'azs-of', values.projectId] : null, async ({ read }) =>
        ((await read(projectsQuery)).items.find((p) => p.id === values.projectId)?.azs ?? []).map((a) => ({ value: a.az_id, label: a.az_name ?? a.az_id })))
      : azChoices,
    say: (values) => (asAdmin && !values.projectId ? { key: 'servers.create.chooseProjectFirst' } : null),
  };
  const image: FormField = {
    name: 'imageId', labelKey: 'servers.create.image', kind: 'cards',
    choices: (values) => {
      const query = { az_id: values.azId ?? '', status: 'active' as const, pageSize: MAX_PAGE_SIZE };
      const projectId = projectOf(values);
      return choices(values.azId ? [...queryKeys.images.list(query), projectId] : null, async ({ read }) => {
        const page = await read({ queryKey: queryKeys.images.list(query), queryFn: ({ signal }) => api.get('/api/images', { query, signal }) });
        // Admins see every image; a server is made for the tenant, who may use public images and its own.
        return page.items.filter((img) => !asAdmin || img.image_type === 'public' || img.owner_id === projectId).map(imageOption);
      });
    },
    say: (values) => values.imageId && aCloudChosen(values)
      ? { key: 'servers.create.systemDisk.derived', sizesMb: { size: Number(values.imageDiskMb) }, values: { preallocate: values.imagePreallocate || { key: 'format.empty' } }, testId: 'system-disk-fixed', boxed: true }
      : null,
  };
  const systemDisk: FormField = {
    name: 'systemDiskGb', labelKey: 'servers.create.systemDisk', kind: 'number', hintKey: 'servers.create.systemDisk.new', hintValues: DISK_GB,
    unitKey: 'forms.unit.gb', min: DISK_GB.min, max: DISK_GB.max, testId: 'wizard-system-disk',
    when: (values) => !!values.imageId && !aCloudChosen(values),
  };
  const sockets: FormField = { name: 'sockets', labelKey: 'servers.field.sockets', kind: 'number', min: 1, max: 32, group: 'cpu', testId: 'wizard-sockets' };
  const cores: FormField = {
    name: 'coresPerSocket', labelKey: 'servers.field.coresPerSocket', kind: 'number', min: 1, max: 64, group: 'cpu', testId: 'wizard-cores-per-socket',
    say: (values) => {
      const total = Number(values.sockets || Number.NaN) * Number(values.coresPerSocket || Number.NaN);
      return { ...(Number.isFinite(total) ? { key: 'servers.edit.total', values: { cores: total } } : { key: 'format.empty' }), testId: 'wizard-total-cores' };
    },
  };
  const memory: FormField = { name: 'memoryGb', labelKey: 'servers.field.memory', kind: 'number', unitKey: 'forms.unit.gb', min: 1, max: 2048, testId: 'wizard-memory' };
  const storageTag: FormField = {
    name: 'storageTagId', labelKey: 'servers.create.storageTag', kind: 'cards',
    choices: (values) => {
      const query = { az_id: values.azId ?? '', ...(asAdmin ? { project_id: projectOf(values) } : {}) };
      return choices(values.azId && projectOf(values) ? [...queryKeys.storageTags.list(values.azId), query] : null, async ({ read }) => {
        const page = await read({ queryKey: [...queryKeys.storageTags.list(values.azId), query], queryFn: ({ signal }) => api.get('/api/storages/tags', { query, signal }) });
        return page.items.map((tag) => ({
          value: tag.id,
          label: tag.name,
          note: typeof tag.total_mb === 'number' && tag.total_mb >= 0
            ? { key: 'servers.create.storageTag.quota', sizesMb: { used: tag.used_mb ?? 0, total: tag.total_mb } }
            : { key: 'servers.create.storageTag.unlimited' },
        }));
      });
    },
  };
  const disks: FormField = { name: 'dataDisksGb', labelKey: 'servers.create.dataDisks', kind: 'rows', rows: dataDisks };
  const vpc: FormField = {
    name: 'vpcId', labelKey: 'servers.create.vpc', kind: 'select', placeholderKey: 'servers.create.noNetwork', clears: ['subnetId', 'floatingIpId'], testId: 'wizard-vpc',
    choices: (values) => {
      const filter = { az_id: values.azId ?? '', project_id: projectOf(values) };
      return choices(filter.az_id && filter.project_id ? vpcsQuery(filter).queryKey : null, async ({ read }) =>
        (await read(vpcsQuery(filter))).items.map((v) => ({ value: v.id, label: v.name, note: v.id.slice(0, 8) })));
    },
  };
  const subnet: FormField = {
    name: 'subnetId', labelKey: 'servers.create.subnet', kind: 'select', placeholderKey: 'servers.create.choose', testId: 'wizard-subnet',
    when: (values) => !!values.vpcId,
    choices: (values) => {
      const query = { vpc_id: values.vpcId ?? '', pageSize: MAX_PAGE_SIZE };
      return choices(values.vpcId ? queryKeys.subnets.list(query) : null, async ({ read }) => {
        const page = await read({ queryKey: queryKeys.subnets.list(query), queryFn: ({ signal }) => api.get('/api/subnets', { query, signal }) });
        // SCP's hidden wan and NFV management subnets are not for servers.
        return page.items.filter((s) => s.is_visible !== 0).map((s) => ({ value: s.id, label: s.name, note: s.cidr }));
      });
    },
  };
  const floatingIp: FormField = {
    name: 'floatingIpId', labelKey: 'servers.create.floatingIp', kind: 'select', hintKey: 'servers.create.floatingIpHint', placeholderKey: 'servers.create.noFloatingIp',
    testId: 'wizard-floating-ip', when: (values) => !!values.subnetId,
    choices: (values) => {
      const query = { project_id: projectOf(values), pageSize: MAX_PAGE_SIZE };
      return choices(query.project_id && values.azId ? queryKeys.floatingIps.list(query) : null, async ({ read }) => {
        const page = await read({ queryKey: queryKeys.floatingIps.list(query), queryFn: ({ signal }) => api.get('/api/floatingips', { query, signal }) });
        return page.items.filter((f) => !f.binding_info).map((f) => ({ value: f.id, label: f.floating_ip }));
      });
    },
  };
  const details: FormField[] = [
    { name: 'name', labelKey: 'servers.field.name', kind: 'text', hintKey: 'servers.create.nameHint', testId: 'wizard-name' },
    { name: 'count', labelKey: 'servers.create.count', kind: 'number', min: 1, max: MAX_COUNT, testId: 'wizard-count' },
    { name: 'description', labelKey: 'servers.field.description', kind: 'textarea', testId: 'wizard-description' },
    { name: 'powerOn', labelKey: 'servers.create.powerOn', kind: 'checkbox', testId: 'wizard-power-on' },
    { name: 'password', labelKey: 'servers.create.password', kind: 'password', hintKey: 'servers.password.hint', testId: 'wizard-password', when: aCloudChosen },
  ];
  return [
    ...(asAdmin ? [project] : []), az, image, systemDisk, sockets, cores, memory, storageTag, disks, vpc, subnet, floatingIp, ...details,
  ];
}
