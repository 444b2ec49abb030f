'use client';

import { useQuery } from '@tanstack/react-query';
import { formatNumber, formatSizeMb } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useLocale, useT } from '@/lib/i18n/client';
import { lineTypesQuery } from '@/lib/resources/floating-ips/lookups';
import { isPerLineType, quotaLabel } from '@/lib/resources/quotas/label';
import type { QuotaAmount, QuotaItem } from '@/lib/resources/quotas/view';

/** The unit a count-like limit is typed in; sizes are typed in GB or TB, chosen beside the input. */
const UNIT: Record<Exclude<QuotaAmount, 'mb' | 'bytes'>, MessageKey> = {
  count: 'quotas.unit.count', cores: 'quotas.unit.cores', kbps: 'quotas.unit.kbps',
};

/**
 * A quota's words: its label, an amount of it, and the unit a count-like limit
 * is typed in. Given the items it will label, it reads the line types' names
 * when floating-IP quotas are among them (one cached read); `storageTags` names
 * storage tags the rows do not name (quotas not set yet).
 */
export function useQuotaFormat(items: readonly QuotaItem[] = [], storageTags?: ReadonlyMap<string, string>) {
  const t = useT();
  const locale = useLocale();
  const lineTypes = useQuery({
    ...lineTypesQuery(),
    enabled: items.some(isPerLineType),
    select: (answer) => new Map(answer.linetypes.map((lt) => [lt.id, lt.name])),
  });
  const label = (item: QuotaItem) => quotaLabel(item, t, { storageTags, lineTypes: lineTypes.data });
  const amount = (item: QuotaItem, n: number) => {
    switch (item.amount) {
      case 'mb': return formatSizeMb(n, locale);
      case 'bytes': return formatSizeMb(n / (1024 * 1024), locale);
      case 'cores': return t('quotas.amount.cores', { n: formatNumber(n, locale) });
      case 'count': return t('quotas.amount.count', { n: formatNumber(n, locale) });
      case 'kbps': return t('quotas.amount.kbps', { n: formatNumber(n, locale) });
      default: return item.unit ? `${formatNumber(n, locale)} ${item.unit}` : formatNumber(n, locale);
    }
  };
  const unit = (item: QuotaItem): string | undefined => {
    if (item.amount === 'raw') return item.unit ?? undefined;
    return item.amount === 'mb' || item.amount === 'bytes' ? undefined : t(UNIT[item.amount]);
  };
  return { label, amount, unit };
}
