'use client';

import { useQuery } from '@tanstack/react-query';
import { formatNumber, formatSizeMb } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useLocale, useT } from '@/lib/i18n/client';
import { lineTypesQuery } from '@/lib/resources/floating-ip-lookups';
import type { QuotaAmount, QuotaItem } from '@/lib/resources/quota-view';

const UNIT: Record<QuotaAmount, MessageKey> = {
  count: 'quotas.unit.count', cores: 'quotas.unit.cores', mb: 'quotas.unit.mb', bytes: 'quotas.unit.bytes', kbps: 'quotas.unit.kbps',
};

/** Floating-IP quotas are per line type (`eip_count::<line type id>`), named by the line type. */
const perLineType = (item: QuotaItem) => item.namespace === 'network' && item.resource.startsWith('eip_');

/**
 * A quota's words: its label, an amount of it, and the unit its limit is typed
 * in. Given the items it will label, it reads the line types' names when
 * floating-IP quotas are among them (one cached read).
 */
export function useQuotaFormat(items: readonly QuotaItem[] = []) {
  const t = useT();
  const locale = useLocale();
  const lineTypes = useQuery({
    ...lineTypesQuery(),
    enabled: items.some(perLineType),
    select: (answer) => new Map(answer.linetypes.map((lt) => [lt.id, lt.name])),
  });
  /** A documented resource by the console's label (a storage tag or line type by its name); another by SCP's name, else its key. */
  const label = (item: QuotaItem) => {
    if (!item.labelKey) return item.name || item.key;
    const ref = item.resource.split('::')[1] || '';
    if (perLineType(item)) return t(item.labelKey, { line: lineTypes.data?.get(ref) ?? ref });
    return t(item.labelKey, { tag: item.name || ref });
  };
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
  const unit = (item: QuotaItem) => (item.amount === 'raw' ? item.unit ?? '' : t(UNIT[item.amount]));
  return { label, amount, unit };
}
