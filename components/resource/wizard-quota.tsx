'use client';

import { useT } from '@/lib/i18n/client';
import type { WizardQuota } from '@/lib/resources/core/wizard';
import { quotaLines, shortQuotas } from '@/lib/resources/quotas/needs';
import { QuotaPanel, useQuotaLabel } from './quota-panel';
import { useQuotaRows } from './use-quota-rows';

/** The quota a wizard's request would use: its lines, what is short in words, and whether it blocks sending (also while unknown). */
export function useWizardQuota(quota: WizardQuota | undefined) {
  const t = useT();
  const label = useQuotaLabel();
  const scoped = quota && 'needs' in quota ? quota : undefined;
  const rows = useQuotaRows(scoped?.projectId, scoped?.azId);
  const lines = scoped ? quotaLines(rows.data ?? [], scoped.azId, scoped.needs) : [];
  const short = rows.data ? shortQuotas(lines) : [];
  const tagNames = scoped?.tagNames ?? {};
  return {
    lines,
    tagNames,
    loading: rows.isPending,
    error: rows.isError,
    scopeKey: quota && 'scopeKey' in quota ? quota.scopeKey : undefined,
    short: scoped && short.length
      ? t(scoped.shortKey, { quotas: short.map((line) => label(line, line.tagId ? tagNames[line.tagId] : undefined)).join(t('quota.short.separator')) })
      : null,
    blocks: !!quota && (short.length > 0 || !rows.data),
  };
}

/** The quota panel beside a wizard. */
export function WizardQuotaPanel({ quota }: { quota: ReturnType<typeof useWizardQuota> }) {
  const t = useT();
  return <QuotaPanel lines={quota.lines} tagNames={quota.tagNames} loading={quota.loading} error={quota.error} scope={quota.scopeKey && t(quota.scopeKey)} />;
}
