import { api } from '@/lib/api';
import { ServerCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import { ALLOWED, type FieldError } from '../core/types';
import type { CreateWizard, ReviewLine } from '../core/wizard';
import { buildCreateBody, checkDraft, createNeeds, EMPTY_DRAFT, fieldOfIssue, WIZARD_STEPS, type ServerDraft } from './create';
import { readRows, rowErrorName, writeRows } from '../core/rows';
import { DATA_DISK, dataDiskSizes, IMAGE_VALUES, serverWizardFields } from './wizard-fields';

/*
 * Creating servers (POST /api/servers, catalog §4.8.4) as a wizard at
 * /servers/new: AZ → image → compute → storage → network → details →
 * review, with the quota the request would use in that AZ beside every step.
 * The values are the draft's fields as typed; the body is SCP's, checked
 * with the console API's own schema.
 */

type Values = Record<string, string>;
type CreateBody = z.input<typeof ServerCreateSchema>;

/** A number field as typed: NaN for nothing or not a number, so a half-typed field is a problem, not a zero. */
const num = (text: string | undefined) => (text?.trim() ? Number(text) : Number.NaN);

/** The draft the values stand for. */
export function draftOf(values: Values): ServerDraft {
  return {
    projectId: values.projectId ?? '', azId: values.azId ?? '', imageId: values.imageId ?? '', systemDiskGb: num(values.systemDiskGb),
    sockets: num(values.sockets), coresPerSocket: num(values.coresPerSocket), memoryGb: num(values.memoryGb), storageTagId: values.storageTagId ?? '',
    dataDisksGb: dataDisksOf(values), vpcId: values.vpcId ?? '', subnetId: values.subnetId ?? '', floatingIpId: values.floatingIpId ?? '',
    name: values.name ?? '', count: num(values.count), description: values.description ?? '', powerOn: values.powerOn === '1', password: values.password ?? '',
  };
}

/** The values of a draft (the first values are the empty draft's). */
export function valuesOf(draft: ServerDraft): Values {
  const { dataDisksGb, powerOn, ...rest } = draft;
  const disks = writeRows(dataDisksGb.map((gb, n) => ({ [DATA_DISK.key]: String(n), [DATA_DISK.size]: String(gb) })));
  return { ...Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, String(value)])), dataDisksGb: disks, powerOn: powerOn ? '1' : '0' };
}

/** The data disks' sizes, GB, as typed. */
const dataDisksOf = (values: Values): number[] => dataDiskSizes(values.dataDisksGb).map(num);

/** The draft's problems by form field: a data disk's (`dataDisksGb.<index>`) goes under its row's size. */
function problemsOf(values: Values, errors: Record<string, FieldError>): Record<string, FieldError> {
  const rows = readRows(values.dataDisksGb);
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => {
    const [name, index] = field.split('.');
    const row = name === 'dataDisksGb' && index !== undefined ? rows[Number(index)] : undefined;
    return [row ? rowErrorName(name, row[DATA_DISK.key], DATA_DISK.size) : field, error];
  }));
}

/** The image the values chose, as far as the draft needs it (its format and built-in disk, which choosing it set). */
const imageOf = (values: Values) => values.imageId
  ? { id: values.imageId, disk_format: values.imageFormat ?? '', disks: [{ id: 'ide0', size_mb: Number(values.imageDiskMb) || undefined, preallocate: values.imagePreallocate || undefined }] }
  : undefined;

const bodyOf = (values: Values): CreateBody => buildCreateBody(draftOf(values), imageOf(values), true);

/** The review: everything the request asks for, as it will be sent. */
function review(values: Values, input: unknown, { chosen, sizeMb }: Parameters<CreateWizard['review']['lines']>[2]): ReviewLine[] {
  const body = input as CreateBody;
  const text = (value: string | undefined): ReviewLine['cell'] => ({ kind: 'text', text: value });
  const label = (field: string) => chosen(field)?.label;
  const subnet = chosen('subnetId');
  const project = label('projectId');
  return [
    ...(project ? [{ id: 'project', labelKey: 'servers.column.project', cell: text(project) } as const] : []),
    { id: 'az', labelKey: 'servers.column.az', cell: text(label('azId') ?? values.azId) },
    { id: 'image', labelKey: 'servers.column.image', cell: text(label('imageId')) },
    { id: 'cpu', labelKey: 'servers.column.cpu', cell: { kind: 'message', key: 'servers.detail.cpu', values: { cores: body.cores, sockets: body.sockets ?? 1, perSocket: values.coresPerSocket ?? '' } } },
    { id: 'memory', labelKey: 'servers.column.memory', cell: { kind: 'sizeMb', mb: body.memory_mb } },
    { id: 'disks', labelKey: 'servers.detail.disks', cell: text(body.disks.map((d) => `${d.id} ${sizeMb(d.size_mb)} (${d.type})`).join(', ')) },
    { id: 'storageTag', labelKey: 'servers.detail.storageTag', cell: text(label('storageTagId')) },
    {
      id: 'network', labelKey: 'servers.create.network',
      cell: subnet ? text(`${label('vpcId') ?? ''} / ${subnet.label} (${typeof subnet.note === 'string' ? subnet.note : ''})`) : { kind: 'message', key: 'servers.create.noNetwork' },
    },
    { id: 'floatingIp', labelKey: 'servers.column.floatingIp', cell: text(label('floatingIpId')) },
    { id: 'name', labelKey: 'servers.field.name', cell: text(body.name) },
    { id: 'count', labelKey: 'servers.create.count', cell: text(String(body.count ?? 1)) },
    { id: 'powerOn', labelKey: 'servers.create.powerOn', cell: { kind: 'message', key: body.power_on === 1 ? 'servers.detail.on' : 'servers.detail.off' } },
  ];
}

/** The create-server wizard. */
export const serverWizard: CreateWizard = {
  page: '/servers/new',
  buttonKey: 'servers.create.button',
  titleKey: 'servers.create.title',
  submitKey: 'servers.create.submit',
  failedKey: 'servers.create.failed',
  taskKey: 'servers.create.action',
  testIds: { button: 'server-create', dialog: 'server-wizard' },
  stepsKey: 'servers.create.steps',
  nextKey: 'servers.create.next',
  backKey: 'servers.create.back',
  fixErrorsKey: 'servers.create.fixErrors',
  steps: WIZARD_STEPS.map((step) => ({ ...step, labelKey: `servers.create.step.${step.id}` })),
  allowed: () => ALLOWED,
  fields: serverWizardFields,
  initial: () => ({ ...valuesOf(EMPTY_DRAFT), ...Object.fromEntries(IMAGE_VALUES.map((v) => [v, ''])) }),
  // A data disk's problem the schema (or the console API) finds is said under the table: a path names its place, not its row.
  body: { schema: ServerCreateSchema, of: bodyOf, fieldOf: (path) => fieldOfIssue(path)?.replace(/^dataDisksGb\..*/, 'dataDisksGb') },
  // The tenant an admin must choose is the project field's `required`.
  check: (values) => {
    const checked = checkDraft(draftOf(values), imageOf(values), false);
    return checked.ok ? {} : problemsOf(values, checked.errors as Record<string, FieldError>);
  },
  review: { testId: 'wizard-review', lines: review },
  quota: (values, session, choicesOf) => {
    const projectId = session.role === 'admin' ? values.projectId ?? '' : session.projectId;
    if (!projectId) return { scopeKey: 'quota.panel.chooseProject' };
    if (!values.azId) return { scopeKey: 'quota.panel.chooseAz' };
    const tagNames = Object.fromEntries(choicesOf('storageTagId').map((tag) => [tag.value, tag.label ?? tag.value]));
    return { projectId, azId: values.azId, needs: createNeeds(bodyOf(values)), tagNames, shortKey: 'quota.short.create' };
  },
  send: async (body, { clientToken }) => {
    const created = body as z.output<typeof ServerCreateSchema>;
    const { task_id, uuids } = await api.post('/api/servers', { body: created, clientToken });
    return { taskId: task_id, object: { id: uuids[0] ?? '', name: created.name }, progressOn: uuids };
  },
  goTo: (result) => (result.progressOn?.length === 1 ? `/servers/${result.progressOn[0]}` : `/servers?name=${encodeURIComponent(result.object?.name ?? '')}`),
};
