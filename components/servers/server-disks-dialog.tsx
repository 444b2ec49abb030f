'use client';

import { useId, useState } from 'react';
import { Field, invalidProps } from '@/components/forms/field';
import { ActionButton } from '@/components/resource/action-button';
import { FormDialog } from '@/components/resource/form-dialog';
import { ErrorNotice } from '@/components/resource/error-notice';
import { QuotaPanel } from '@/components/resource/quota-panel';
import { useT } from '@/lib/i18n/client';
import { quotaLines, shortQuotas } from '@/lib/resources/quotas/needs';
import { addDiskVerdict, checkDiskEdit, diskRemoveVerdict, diskResizeVerdict, diskRows, diskStorageNeeds, gbText, newDiskRow, type DiskRow } from '@/lib/resources/servers/disks';
import { ALLOWED, type FieldError } from '@/lib/resources/core/types';
import type { ServerDetail } from '@/lib/scp';
import { useQuotaRows } from '@/components/resource/use-quota-rows';
import { useServerEdit } from './use-server-edit';

/** A disk marked for removal: what happens to it, whether its data goes too, and the way back. */
function RemovedDisk({ row, onChange }: { row: DiskRow; onChange: (removal: DiskRow['removal']) => void }) {
  const t = useT();
  return (
    <li className="space-y-1 text-sm" data-testid="disk-row" data-disk={row.id} data-removing="1">
      <p className="font-medium line-through decoration-1">{t('servers.disks.size', { id: row.id })}</p>
      <p>{t('servers.disks.removing', { id: row.id })}</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={row.removal === 'delete'} onChange={(e) => onChange(e.target.checked ? 'delete' : 'detach')} data-testid="disk-hard-delete" />
        {t('servers.disks.hardDelete')}
      </label>
      <button type="button" className="button-secondary h-8" onClick={() => onChange(undefined)} data-testid="disk-keep">
        {t('servers.disks.undo')}
      </button>
    </li>
  );
}

function DiskField({ row, server, error, storage, onChange, onRemove }: {
  row: DiskRow; server: ServerDetail; error?: FieldError; storage: string; onChange: (sizeGb: string) => void; onRemove: () => void;
}) {
  const t = useT();
  const id = useId();
  const verdict = row.old ? diskResizeVerdict(row.old) : { ok: true as const };
  const reason = verdict.ok ? undefined : t(verdict.reason, verdict.values);
  const hint = row.old
    ? t('servers.disks.current', { size: gbText(row.old.size_mb), storage: row.old.storage_name || storage })
    : t('servers.disks.new', { storage });
  return (
    <li className="flex items-end gap-2" data-testid="disk-row" data-disk={row.id}>
      <Field id={id} label={t('servers.disks.size', { id: row.id })} error={error} hint={reason ?? hint} unit={t('forms.unit.gb')}>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={row.old ? gbText(row.old.size_mb) : undefined}
          className="text-input w-32"
          value={row.sizeGb}
          readOnly={!verdict.ok}
          aria-disabled={verdict.ok ? undefined : true}
          title={reason}
          onChange={(e) => onChange(e.target.value)}
          {...invalidProps(id, error)}
        />
      </Field>
      <ActionButton verdict={row.old ? diskRemoveVerdict(row.old, server) : ALLOWED} onClick={onRemove} className="button-secondary mb-5 h-9" testId="disk-remove">
        {t('servers.disks.remove')}
      </ActionButton>
    </li>
  );
}

/**
 * Grow, add and remove a server's disks. An existing disk shows its size as
 * the minimum; new ones take the next free id and go on the server's storage
 * tag; a removed one can keep its data or lose it, and comes back with "Keep"
 * until the form is sent. The storage it adds is checked against the tenant's
 * quota before anything is sent; SCP gets the full disk list.
 */
export function ServerDisksDialog({ server, onClose }: { server: ServerDetail; onClose: () => void }) {
  const t = useT();
  const label = t('servers.action.editDisks');
  const { send, sending, failure } = useServerEdit(server, label);
  const [rows, setRows] = useState(() => diskRows(server));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const quota = useQuotaRows(server.project_id, server.az_id ?? undefined);
  const storage = server.storage_tag_name || server.storage_tag_id || t('format.empty');
  const lines = quotaLines(quota.data ?? [], server.az_id ?? '', { vm_count: 0, cores: 0, ram: 0, storage: diskStorageNeeds(server, rows) }).filter((l) => l.need > 0);
  const short = quota.data ? shortQuotas(lines) : [];
  const tagNames = server.storage_tag_id && server.storage_tag_name ? { [server.storage_tag_id]: server.storage_tag_name } : {};

  const change = (id: string, patch: Partial<DiskRow>) => setRows((all) => all.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  // A new row just goes; a disk the server has is marked, keeping its data unless asked otherwise.
  const remove = (row: DiskRow) => (row.old ? change(row.id, { removal: 'detach' }) : setRows((all) => all.filter((r) => r !== row)));
  const add = () => setRows((all) => {
    const row = newDiskRow(all);
    return row ? [...all, row] : all;
  });
  const submit = async () => {
    const check = checkDiskEdit(rows);
    setErrors(check.ok ? {} : check.errors);
    if (check.ok && !short.length && (await send(check.body))) onClose();
  };

  return (
    <FormDialog
      title={t('servers.disks.title', { name: server.name })}
      testId="server-disks-dialog"
      formId="server-disks-form"
      sending={sending}
      submitLabel={t('servers.edit.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
      aside={<QuotaPanel lines={lines} tagNames={tagNames} loading={quota.isPending} error={quota.isError} scope={lines.length ? undefined : t('quota.panel.nothing')} />}
    >
      <ul className="space-y-3">
        {rows.map((row) => row.removal
          ? <RemovedDisk key={row.id} row={row} onChange={(removal) => change(row.id, { removal })} />
          : <DiskField key={row.id} row={row} server={server} error={errors[row.id]} storage={storage} onChange={(sizeGb) => change(row.id, { sizeGb })} onRemove={() => remove(row)} />)}
      </ul>
      <ActionButton verdict={addDiskVerdict(rows)} onClick={add} testId="disk-add">{t('servers.disks.add')}</ActionButton>
      {errors.form && <p role="alert" className="text-sm text-danger" data-testid="disks-refused">{t(errors.form.key, errors.form.values)}</p>}
      {short.length > 0 && <p role="alert" className="text-sm text-danger" data-testid="quota-refused">{t('quota.short.edit')}</p>}
      {failure !== null && <ErrorNotice title={t('servers.edit.failed')} error={failure} />}
    </FormDialog>
  );
}
