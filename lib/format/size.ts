import { t, type Locale } from '@/lib/i18n';
import { isShowable, numberFormat } from './number';

const UNITS = ['MB', 'GB', 'TB', 'PB'] as const;

/**
 * A size SCP gives in MB (disk, memory, quota, image size), in the largest
 * binary unit that keeps the value at least 1, with up to two decimals:
 * 512 → "512 MB", 1536 → "1.5 GB", 40960 → "40 GB". Units are the same in every language.
 */
export function formatSizeMb(mb: number | null | undefined, locale: Locale): string {
  if (!isShowable(mb)) return t(locale, 'format.empty');
  let value = mb;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(value)} ${UNITS[unit]}`;
}

/** A size SCP gives in GB (e.g. a server's disk when it is created), formatted like `formatSizeMb`. */
export function formatSizeGb(gb: number | null | undefined, locale: Locale): string {
  return formatSizeMb(isShowable(gb) ? gb * 1024 : gb, locale);
}
