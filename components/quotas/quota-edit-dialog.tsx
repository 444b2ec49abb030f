'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Field, invalidProps } from '@/components/forms/field';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { api, ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { isSizeAmount, limitText, parseLimitText, SIZE_UNITS, type SizeUnit } from '@/lib/resources/quotas/units';
import { checkQuotaEdit, FORM_ERROR, quotaSetBody, refusedQuota, type LimitValue, type QuotaGroup, type QuotaItem } from '@/lib/resources/quotas/view';
import type { FieldError } from '@/lib/resources/core/types';
import { useQuotaFormat } from './use-quota-format';

/**
 * Edit a tenant's limits in one AZ (POST /api/quotas, admins), sizes in GB or
 * TB; quotas not set yet start empty and are sent only when given a limit.
 * Checked in the browser with the console API's schema and against the use,
 * naming the quota refused; what was typed stays on any error. Sending the
 * same limits again after a failure reuses the X-Client-Token.
 */
export function QuotaEditDialog({ projectId, projectName, azName, group, storageTags, onClose }: {
  projectId: string;
  projectName: string;
  azName: string;
  group: QuotaGroup;
  storageTags?: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const t = useT();
  const base = useId();
  const queryClient = useQueryClient();
  const { label, amount, unit } = useQuotaFormat(group.items, storageTags);
  const [values, setValues] = useState<Record<string, LimitValue>>(() =>
    Object.fromEntries(group.items.map((i) => [i.key, limitText(i.amount, i.unset ? null : i.limit)])),
  );
  const change = (key: string, part: Partial<LimitValue>) => setValues((v) => ({ ...v, [key]: { ...v[key], ...part } }));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [nothing, setNothing] = useState(false);
  const request = useKeyedRequest((body: ReturnType<typeof quotaSetBody>, clientToken: string) => api.post('/api/quotas', { body, clientToken }));
  const { failure, sending } = request;
  const [sent, setSent] = useState<ReturnType<typeof quotaSetBody> | null>(null);
  // SCP's refusal of one entry goes under that quota, in words; any other failure under the form.
  const scpRefused = sent && failure instanceof ApiError ? refusedQuota(sent, failure.message) : undefined;
  const errorOf = (item: QuotaItem): FieldError | undefined =>
    errors[item.key] ?? (scpRefused?.key === item.key ? { key: 'quotas.edit.scpRefused', values: { quota: label(item), detail: scpRefused.detail } } : undefined);

  const submit = async () => {
    const problems = checkQuotaEdit(projectId, group.azId, group.items, values, label, (item) => amount(item, item.inUse));
    setErrors(problems);
    const body = quotaSetBody(projectId, group.azId, group.items, values);
    setNothing(!Object.keys(problems).length && body.quota_sets.length === 0);
    if (Object.keys(problems).length || body.quota_sets.length === 0) return;
    setSent(body);
    if (!(await request.submit(body))) return;
    // The storage tags a tenant may create servers on follow its storage quotas.
    await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.quotas.all }), queryClient.invalidateQueries({ queryKey: queryKeys.storageTags.all })]);
    onClose();
  };

  /** The use, and what a typed size limit amounts to (1.5 TB reads back as 1.5 TB, 1536 GB too). */
  const hint = (item: QuotaItem) => {
    const used = amount(item, item.inUse);
    const typed = parseLimitText(item.amount, values[item.key]?.text ?? '', values[item.key]?.unit);
    if (typed === null && item.unset) return t('quotas.edit.hintNotSet');
    if (typed === -1) return t('quotas.edit.hintUnlimited', { used });
    if (isSizeAmount(item.amount) && typed !== null && typed >= 0) return t('quotas.edit.hintValue', { used, value: amount(item, typed) });
    return t('quotas.edit.hint', { used });
  };
  const refused = Object.keys(errors).filter((k) => k !== FORM_ERROR).length;
  return (
    <FormDialog
      title={t('quotas.edit.title', { project: projectName, az: azName })}
      testId="quota-edit-dialog"
      formId="quota-edit-form"
      sending={sending}
      submitLabel={t('quotas.edit.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide
    >
      <p className="text-sm text-muted">{t('quotas.edit.intro')}</p>
      {refused > 0 && (
        <p role="alert" className="text-sm text-danger" data-testid="quota-edit-refused">
          {t('quotas.edit.refused', { count: refused })}
        </p>
      )}
      {errors[FORM_ERROR] && <p role="alert" className="text-sm text-danger">{t(errors[FORM_ERROR].key, errors[FORM_ERROR].values)}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        {group.items.map((item) => {
          const id = `${base}-${item.key.replace(/[^\w-]/g, '_')}`;
          const error = errorOf(item);
          return (
            <Field key={item.key} id={id} label={label(item)} error={error} hint={hint(item)} unit={unit(item)}>
              <input
                id={id}
                name={item.key}
                type="text"
                inputMode={isSizeAmount(item.amount) ? 'decimal' : 'numeric'}
                autoComplete="off"
                className="text-input w-40"
                value={values[item.key]?.text ?? ''}
                onChange={(e) => change(item.key, { text: e.target.value })}
                {...invalidProps(id, error)}
              />
              {isSizeAmount(item.amount) && (
                <select
                  aria-label={t('quotas.unit.label', { quota: label(item) })}
                  className="text-input h-9 w-20"
                  value={values[item.key]?.unit ?? 'GB'}
                  onChange={(e) => change(item.key, { unit: e.target.value as SizeUnit })}
                >
                  {SIZE_UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(`quotas.unit.${u}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
      {nothing && <p role="status" className="text-sm text-muted">{t('quotas.edit.nothing')}</p>}
      {failure !== null && !scpRefused && <ErrorNotice title={t('quotas.edit.failed')} error={failure} />}
    </FormDialog>
  );
}
