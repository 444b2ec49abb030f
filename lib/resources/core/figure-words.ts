import { formatNumber, formatSizeMb } from '@/lib/format';
import type { Locale, MessageKey, MessageValues } from '@/lib/i18n';
import type { Figure } from './cards';

/** A declared figure in words for a UI language: numbers and sizes formatted, a message with its figures in words. */
export function figureWords(figure: Figure, t: (key: MessageKey, values?: MessageValues) => string, locale: Locale): string {
  switch (figure.kind) {
    case 'number': {
      const n = formatNumber(figure.n, locale, figure.maxFraction === undefined ? undefined : { maximumFractionDigits: figure.maxFraction });
      return figure.unit ? `${n} ${figure.unit}` : n;
    }
    case 'sizeMb': return formatSizeMb(figure.mb, locale);
    case 'text': return figure.text;
    case 'message':
      return t(figure.key, figure.values && Object.fromEntries(Object.entries(figure.values).map(([name, value]) => [name, figureWords(value, t, locale)])));
  }
}
