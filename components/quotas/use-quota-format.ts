'use client';

import { formatNumber, formatSizeMb } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useLocale, useT } from '@/lib/i18n/client';
import type { QuotaAmount, QuotaItem } from '@/lib/resources/quota-view';

const UNIT: Record<QuotaAmount, MessageKey> = {
  count: 'quotas.unit.count', cores: 'quotas.unit.cores', mb: 'quotas.unit.mb', bytes: 'quotas.unit.bytes', kbps: 'quotas.unit.kbps',
};

/** A quota's words: its label, an amount of it, and the unit its limit is typed in. */
export function useQuotaFormat() {
  const t = useT();
  const locale = useLocale();
  /** A documented resource by the console's label (a storage tag by its name); another by SCP's name, else its key. */
  const label = (item: QuotaItem) => {
    if (!item.labelKey) return item.name || item.key;
    return t(item.labelKey, { tag: item.name || item.resource.split('::')[1] || '' });
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
