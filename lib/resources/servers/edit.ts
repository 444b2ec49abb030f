import { api } from '@/lib/api';
import { ServerEditSchema, type ServerDetail } from '@/lib/scp';
import { ALLOWED, refuse, type Action, type FieldError, type FormField, type FormNote } from '../core/types';
import { USABLE_STATUSES } from './actions';
import { resizeVerdict } from './resize';

/*
 * Edit a server (catalog §4.8.5): name and description any time; cores,
 * sockets and memory under the resize rules (stopped, or running with
 * hot-plug and only adding), checked against the tenant's remaining quota
 * before anything is sent. Only what changed is sent.
 */

/** Fields of the edit form: name and description any time, CPU and memory under the resize rules. */
export const serverEditFields: readonly FormField[] = [
  { name: 'name', labelKey: 'servers.field.name', kind: 'text' },
  { name: 'description', labelKey: 'servers.field.description', kind: 'textarea' },
  { name: 'sockets', labelKey: 'servers.field.sockets', kind: 'number', min: 1, max: 32 },
  { name: 'coresPerSocket', labelKey: 'servers.field.coresPerSocket', kind: 'number', min: 1, max: 64 },
  { name: 'memoryGb', labelKey: 'servers.field.memory', kind: 'number', min: 1, max: 2048, unitKey: 'forms.unit.gb' },
];

const wholeIn = (raw: string, min: number, max: number) => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max;
const memoryOk = (raw: string) => Number(raw) >= 1 && Number(raw) <= 2048;

/** The form's values as CPU and memory, and whether they are in range. */
function sizeOf(values: Record<string, string>) {
  const sockets = Number(values.sockets);
  const cores = sockets * Number(values.coresPerSocket);
  const inRange = wholeIn(values.sockets ?? '', 1, 32) && wholeIn(values.coresPerSocket ?? '', 1, 64) && memoryOk(values.memoryGb ?? '');
  return { sockets, cores, memoryMb: Math.round(Number(values.memoryGb) * 1024), inRange };
}

/** The fields of the form as typed, from the server. */
export function serverEditInitial(server: ServerDetail): Record<string, string> {
  const sockets = server.sockets ?? 1;
  return {
    name: server.name,
    description: server.description ?? '',
    sockets: String(sockets),
    coresPerSocket: String(Math.max(1, Math.floor(server.cores / sockets))),
    memoryGb: String(Math.round((server.memory_mb / 1024) * 100) / 100),
  };
}

/** The request body of the values: only what differs from the server. */
export function serverEditBody(values: Record<string, string>, server: ServerDetail) {
  const { sockets, cores, memoryMb } = sizeOf(values);
  const cpuChanged = cores !== server.cores || sockets !== (server.sockets ?? 1);
  return {
    name: values.name.trim() !== server.name ? values.name.trim() : undefined,
    description: values.description !== (server.description ?? '') ? values.description : undefined,
    cores: cpuChanged ? cores : undefined,
    sockets: cpuChanged ? sockets : undefined,
    memory_mb: memoryMb !== server.memory_mb ? memoryMb : undefined,
  };
}

/** The form field an issue of the request (by its first key) is about. */
const fieldOf = (field: string) => (field === 'memory_mb' ? 'memoryGb' : field === 'cores' ? 'coresPerSocket' : field);

/** Problems of the values: their ranges, and the console API's own schema. */
export function checkServerEdit(values: Record<string, string>, server: ServerDetail): Record<string, FieldError> {
  const problems: Record<string, FieldError> = {};
  if (!wholeIn(values.sockets, 1, 32)) problems.sockets = { key: 'forms.error.range', values: { min: 1, max: 32 } };
  if (!wholeIn(values.coresPerSocket, 1, 64)) problems.coresPerSocket = { key: 'forms.error.range', values: { min: 1, max: 64 } };
  if (!memoryOk(values.memoryGb)) problems.memoryGb = { key: 'forms.error.range', values: { min: 1, max: 2048 } };
  // The schema's words win over the ranges': they name the limit SCP would refuse.
  const parsed = ServerEditSchema.safeParse(serverEditBody(values, server));
  const refused: Record<string, FieldError> = {};
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOf(String(issue.path[0] ?? '')) || 'name';
    refused[field] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return { ...problems, ...refused };
}

/** What the form says under the fields: the total cores, and why the resize may not happen now. */
export function serverEditNotes(values: Record<string, string>, server: ServerDetail): FormNote[] {
  const { sockets, cores, memoryMb, inRange } = sizeOf(values);
  const notes: FormNote[] = [inRange ? { key: 'servers.edit.total', values: { cores }, testId: 'edit-total-cores' } : { key: 'format.empty', testId: 'edit-total-cores' }];
  const verdict = inRange ? resizeVerdict(server, { cores, sockets, memory_mb: memoryMb }) : ALLOWED;
  if (!verdict.ok) notes.push({ key: verdict.reason, values: verdict.values, blocks: true, testId: 'resize-refused' });
  return notes;
}

/** Edit a server's name, description, CPU and memory. */
export const editServer: Action<ServerDetail> = {
  id: 'edit',
  labelKey: 'servers.action.edit',
  form: {
    titleKey: 'servers.edit.title',
    titleValues: (s) => ({ name: s.name }),
    testId: 'server-edit-dialog',
    submitKey: 'servers.edit.submit',
    failedKey: 'servers.edit.failed',
    wide: true,
    fields: serverEditFields,
    initial: serverEditInitial,
    check: checkServerEdit,
    fieldOf,
    notes: serverEditNotes,
    quota: (values, s) => {
      const { cores, memoryMb } = sizeOf(values);
      const needs = { vm_count: 0, cores: Math.max(0, cores - s.cores), ram: Math.max(0, memoryMb - s.memory_mb), storage: {} };
      return { projectId: s.project_id, azId: s.az_id ?? '', needs, shortKey: 'quota.short.edit' };
    },
  },
  allowed: (s) => (USABLE_STATUSES.includes(s.status) ? ALLOWED : refuse('state', 'servers.reason.edit')),
  run: async (s, ctx) => {
    const body = ServerEditSchema.parse(serverEditBody(ctx.values ?? serverEditInitial(s), s));
    const answer = await api.put('/api/servers/:server_id', { params: { server_id: s.id }, body, clientToken: ctx.clientToken });
    return { taskId: answer.task_id || undefined };
  },
};
