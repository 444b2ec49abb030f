'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Field, invalidProps } from '@/components/forms/field';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { checkQuotaEdit, FORM_ERROR, parseLimit, quotaSetBody, type QuotaGroup, type QuotaItem } from '@/lib/resources/quota-view';
import type { FieldError } from '@/lib/resources/types';
import { useQuotaFormat } from './use-quota-format';

/**
 * Edit a tenant's limits in one AZ (POST /api/quotas, admins). Checked in the
 * browser with the console API's schema and against the use, naming the quota
 * refused; what was typed stays on any error. Sending the same limits again
 * after a failure reuses the X-Client-Token.
 */
export function QuotaEditDialog({ projectId, projectName, azName, group, onClose }: {
  projectId: string;
  projectName: string;
  azName: string;
  group: QuotaGroup;
  onClose: () => void;
}) {
  const t = useT();
  const base = useId();
  const queryClient = useQueryClient();
  const { label, amount, unit } = useQuotaFormat(group.items);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(group.items.map((i) => [i.key, String(i.limit)])));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [nothing, setNothing] = useState(false);
  const request = useKeyedRequest((body: ReturnType<typeof quotaSetBody>, clientToken: string) => api.post('/api/quotas', { body, clientToken }));
  const { failure, sending } = request;

  const submit = async () => {
    const problems = checkQuotaEdit(projectId, group.azId, group.items, values, label, (item) => amount(item, item.inUse));
    setErrors(problems);
    const body = quotaSetBody(projectId, group.azId, group.items, values);
    setNothing(!Object.keys(problems).length && body.quota_sets.length === 0);
    if (Object.keys(problems).length || body.quota_sets.length === 0) return;
    if (!(await request.submit(body))) return;
    await queryClient.invalidateQueries({ queryKey: queryKeys.quotas.all });
    onClose();
  };

  /** The use, and what a typed size limit amounts to (262144 MB reads better as 256 GB). */
  const hint = (item: QuotaItem) => {
    const used = amount(item, item.inUse);
    const typed = parseLimit(values[item.key] ?? '');
    if (typed === -1) return t('quotas.edit.hintUnlimited', { used });
    if ((item.amount === 'mb' || item.amount === 'bytes') && typed >= 0) return t('quotas.edit.hintValue', { used, value: amount(item, typed) });
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
          const error = errors[item.key];
          return (
            <Field key={item.key} id={id} label={label(item)} error={error} hint={hint(item)} unit={unit(item)}>
              <input
                id={id}
                name={item.key}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="text-input w-40"
                value={values[item.key] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [item.key]: e.target.value }))}
                {...invalidProps(id, error)}
              />
            </Field>
          );
        })}
      </div>
      {nothing && <p role="status" className="text-sm text-muted">{t('quotas.edit.nothing')}</p>}
      {failure !== null && <ErrorNotice title={t('quotas.edit.failed')} error={failure} />}
    </FormDialog>
  );
}
