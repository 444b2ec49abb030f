'use client';

import { useState } from 'react';
import { fieldErrors } from '@/components/forms/form-errors';
import { FormFields } from '@/components/forms/form-fields';
import { FormDialog } from '@/components/resource/form-dialog';
import { ErrorNotice } from '@/components/resource/error-notice';
import { QuotaPanel } from '@/components/resource/quota-panel';
import { useT } from '@/lib/i18n/client';
import { quotaLines, shortQuotas } from '@/lib/resources/quotas/needs';
import { resizeVerdict } from '@/lib/resources/servers/resize';
import { serverEditFields } from '@/lib/resources/servers/resource';
import type { FieldError } from '@/lib/resources/core/types';
import { ServerEditSchema, type ServerDetail } from '@/lib/scp';
import { useQuotaRows } from '@/components/resource/use-quota-rows';
import { useServerEdit } from './use-server-edit';

const wholeIn = (raw: string, min: number, max: number) => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max;

/** The fields of the form as typed, from the server. */
function initialValues(server: ServerDetail): Record<string, string> {
  const sockets = server.sockets ?? 1;
  return {
    name: server.name,
    description: server.description ?? '',
    sockets: String(sockets),
    coresPerSocket: String(Math.max(1, Math.floor(server.cores / sockets))),
    memoryGb: String(Math.round((server.memory_mb / 1024) * 100) / 100),
  };
}

/**
 * Edit a server: name and description any time; cores, sockets and memory
 * under the resize rules (stopped, or running with hot-plug and only adding),
 * checked against the tenant's remaining quota before anything is sent.
 */
export function ServerEditDialog({ server, onClose }: { server: ServerDetail; onClose: () => void }) {
  const t = useT();
  const { send, sending, failure } = useServerEdit(server, t('servers.action.edit'));
  const [values, setValues] = useState(() => initialValues(server));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const quota = useQuotaRows(server.project_id, server.az_id ?? undefined);

  const sockets = Number(values.sockets);
  const cores = sockets * Number(values.coresPerSocket);
  const memoryMb = Math.round(Number(values.memoryGb) * 1024);
  const numbersOk = wholeIn(values.sockets, 1, 32) && wholeIn(values.coresPerSocket, 1, 64) && Number(values.memoryGb) >= 1 && Number(values.memoryGb) <= 2048;
  const verdict = numbersOk ? resizeVerdict(server, { cores, sockets, memory_mb: memoryMb }) : { ok: true as const };
  const needs = { vm_count: 0, cores: Math.max(0, cores - server.cores), ram: Math.max(0, memoryMb - server.memory_mb), storage: {} };
  const lines = quotaLines(quota.data ?? [], server.az_id ?? '', needs).filter((l) => l.need > 0);
  const short = quota.data ? shortQuotas(lines) : [];

  const submit = async () => {
    const problems: Record<string, FieldError> = {};
    if (!wholeIn(values.sockets, 1, 32)) problems.sockets = { key: 'forms.error.range', values: { min: 1, max: 32 } };
    if (!wholeIn(values.coresPerSocket, 1, 64)) problems.coresPerSocket = { key: 'forms.error.range', values: { min: 1, max: 64 } };
    if (!(Number(values.memoryGb) >= 1 && Number(values.memoryGb) <= 2048)) problems.memoryGb = { key: 'forms.error.range', values: { min: 1, max: 2048 } };
    const body = {
      name: values.name.trim() !== server.name ? values.name.trim() : undefined,
      description: values.description !== (server.description ?? '') ? values.description : undefined,
      cores: cores !== server.cores || sockets !== (server.sockets ?? 1) ? cores : undefined,
      sockets: cores !== server.cores || sockets !== (server.sockets ?? 1) ? sockets : undefined,
      memory_mb: memoryMb !== server.memory_mb ? memoryMb : undefined,
    };
    const parsed = ServerEditSchema.safeParse(body);
    if (!parsed.success) Object.assign(problems, fieldErrors(parsed.error, (f) => (f === 'memory_mb' ? 'memoryGb' : f === 'cores' ? 'coresPerSocket' : f || 'name')));
    setErrors(problems);
    if (Object.keys(problems).length || !verdict.ok || short.length || !parsed.success) return;
    if (await send(parsed.data)) onClose();
  };
  const sentErrors = failure ? fieldErrors(failure, (f) => (f === 'memory_mb' ? 'memoryGb' : f === 'cores' ? 'coresPerSocket' : f)) : {};

  return (
    <FormDialog
      title={t('servers.edit.title', { name: server.name })}
      testId="server-edit-dialog"
      formId="server-edit-form"
      sending={sending}
      submitLabel={t('servers.edit.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
      aside={<QuotaPanel lines={lines} loading={quota.isPending} error={quota.isError} scope={lines.length ? undefined : t('quota.panel.nothing')} />}
    >
      <FormFields fields={serverEditFields} values={values} errors={{ ...sentErrors, ...errors }} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
      <p className="text-xs text-muted" data-testid="edit-total-cores">
        {numbersOk ? t('servers.edit.total', { cores }) : t('format.empty')}
      </p>
      {!verdict.ok && (
        <p role="alert" className="text-sm text-danger" data-testid="resize-refused">
          {t(verdict.reason, verdict.values)}
        </p>
      )}
      {short.length > 0 && (
        <p role="alert" className="text-sm text-danger" data-testid="quota-refused">
          {t('quota.short.edit')}
        </p>
      )}
      {failure !== null && <ErrorNotice title={t('servers.edit.failed')} error={failure} />}
    </FormDialog>
  );
}
