'use client';

import { formatNumber, formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { Figure } from '@/lib/resources/core/cards';

/** A declared figure in words for the UI language (see lib/resources/core/cards). */
export function useFigure() {
  const t = useT();
  const locale = useLocale();
  const words = (figure: Figure): string => {
    switch (figure.kind) {
      case 'number': {
        const n = formatNumber(figure.n, locale, figure.maxFraction === undefined ? undefined : { maximumFractionDigits: figure.maxFraction });
        return figure.unit ? `${n} ${figure.unit}` : n;
      }
      case 'sizeMb': return formatSizeMb(figure.mb, locale);
      case 'text': return figure.text;
      case 'message':
        return t(figure.key, figure.values && Object.fromEntries(Object.entries(figure.values).map(([name, value]) => [name, words(value)])));
    }
  };
  return words;
}
