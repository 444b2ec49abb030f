'use client';

import { useT } from '@/lib/i18n/client';
import { quotaLines, shortQuotas } from '@/lib/resources/quotas/needs';
import type { FormQuota } from '@/lib/resources/core/types';
import { QuotaPanel } from './quota-panel';
import { useQuotaRows } from './use-quota-rows';

/**
 * What a form's values take from the tenant's quota (ActionForm.quota): the
 * panel beside the form, the sentence said while they do not fit, and
 * whether they do not (the form is not sent then). Nothing without a quota.
 */
export function useFormQuota(quota: FormQuota | undefined) {
  const t = useT();
  const rows = useQuotaRows(quota?.projectId, quota?.azId, !!quota);
  if (!quota) return { aside: undefined, short: false, said: null };
  const lines = quotaLines(rows.data ?? [], quota.azId, quota.needs).filter((l) => l.need > 0);
  const short = !!rows.data && shortQuotas(lines).length > 0;
  return {
    aside: <QuotaPanel lines={lines} tagNames={quota.tagNames} loading={rows.isPending} error={rows.isError} scope={lines.length ? undefined : t('quota.panel.nothing')} />,
    short,
    said: short ? <p role="alert" className="text-sm text-danger" data-testid="quota-refused">{t(quota.shortKey)}</p> : null,
  };
}
