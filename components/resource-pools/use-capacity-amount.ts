'use client';

import { formatNumber, formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { CapacityAmount } from '@/lib/resources/azs/capacity';

/** An amount of pool capacity in words: MHz as GHz, MB as a size, cores and GPU cards counted, anything else with SCP's unit. */
export function useCapacityAmount() {
  const t = useT();
  const locale = useLocale();
  return (kind: CapacityAmount, n: number, unit?: string) => {
    switch (kind) {
      case 'mhz': return t('pools.amount.ghz', { n: formatNumber(n / 1000, locale, { maximumFractionDigits: 1 }) });
      case 'mb': return formatSizeMb(n, locale);
      case 'cores': return t('pools.amount.cores', { n: formatNumber(n, locale) });
      case 'cards': return t('pools.amount.cards', { n: formatNumber(n, locale) });
      default: return unit ? `${formatNumber(n, locale)} ${unit}` : formatNumber(n, locale);
    }
  };
}
