import { intlLocales, t, type Locale } from '@/lib/i18n';

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for `locale`: lists format thousands of cells, and building a formatter is the slow part. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], options);
    cache.set(key, format);
  }
  return format;
}

/** True for a number that can be shown (not null, undefined, NaN or infinite). */
export function isShowable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `value` with the locale's grouping (12,345.6); the empty mark for a missing value. */
export function formatNumber(value: number | null | undefined, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return isShowable(value) ? numberFormat(locale, options).format(value) : t(locale, 'format.empty');
}

/** A ratio (0.25) as a percentage (25%), with up to `fractionDigits` decimals. */
export function formatPercent(ratio: number | null | undefined, locale: Locale, fractionDigits = 0): string {
  return isShowable(ratio)
    ? numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(ratio)
    : t(locale, 'format.empty');
}
