import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { isShowable } from './number';

const UNITS: readonly { seconds: number; key: MessageKey }[] = [
  { seconds: 86_400, key: 'format.duration.days' },
  { seconds: 3_600, key: 'format.duration.hours' },
  { seconds: 60, key: 'format.duration.minutes' },
  { seconds: 1, key: 'format.duration.seconds' },
];

/**
 * Elapsed seconds in words: 65 → "1 分 5 秒" / "1m 5s". Shows the largest
 * non-zero unit and the one after it (a zero there is left out), because
 * "2 天 3 小时" says enough about a long task: 3665 → "1h 1m", 3605 → "1h".
 * Fractions are cut off; negative or missing values give the empty mark.
 */
export function formatDuration(seconds: number | null | undefined, locale: Locale): string {
  if (!isShowable(seconds) || seconds < 0) return t(locale, 'format.empty');
  let rest = Math.floor(seconds);
  const first = UNITS.findIndex((u) => rest >= u.seconds);
  if (first === -1) return t(locale, 'format.duration.seconds', { n: 0 });
  const parts: string[] = [];
  for (const unit of UNITS.slice(first, first + 2)) {
    const n = Math.floor(rest / unit.seconds);
    rest -= n * unit.seconds;
    if (n > 0) parts.push(t(locale, unit.key, { n }));
  }
  return parts.join(t(locale, 'format.duration.separator'));
}
