import { intlLocales, t, type Locale } from '@/lib/i18n';

/** A time as SCP sent it: the instant, and whether SCP said which zone it is in. */
export interface ScpTime {
  /** For a zone-less time, its wall-clock fields stored as UTC (see `parseScpTime`). */
  date: Date;
  zoned: boolean;
}

const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a time SCP sends: zone-less local time (`2021-05-25T01:27:32.000000`,
 * or `2021-05-25 01:27:32` in task logs) or ISO 8601 with a zone
 * (`2021-05-25T01:27:32Z`, `+08:00`). A zone-less time is SCP's own wall clock;
 * it is kept as those fields (stored as UTC) so it is shown exactly as SCP's UI
 * shows it, whatever zone the browser is in. null when `value` is neither.
 */
export function parseScpTime(value: string | null | undefined): ScpTime | null {
  const text = value?.trim();
  if (!text) return null;
  const local = ZONELESS.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s = '0', frac = '0'] = local;
    const ms = Number(frac.padEnd(3, '0').slice(0, 3));
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
    // Date.UTC rolls 2021-13-45 over into 2022; a real time reads back the fields it was built from.
    const exact = date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) && date.getUTCHours() === Number(h) && date.getUTCSeconds() === Number(s);
    return exact ? { date, zoned: false } : null;
  }
  const zoned = ZONED.exec(text);
  if (!zoned) return null;
  // JS dates take milliseconds; SCP writes microseconds.
  const [, base, frac, zone] = zoned;
  const date = new Date(`${base}${frac ? `.${frac.padEnd(3, '0').slice(0, 3)}` : ''}${zone}`);
  return Number.isNaN(date.getTime()) ? null : { date, zoned: true };
}

/** Options of the date formatters. */
export interface DateFormatOptions {
  /** IANA zone to show zoned times in; default: the runtime's (the browser's). Zone-less times are never converted. */
  timeZone?: string;
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };

function format(value: string | null | undefined, locale: Locale, fields: Intl.DateTimeFormatOptions, options: DateFormatOptions): string {
  if (!value?.trim()) return t(locale, 'format.empty');
  const time = parseScpTime(value);
  // Something SCP sent that is not a time is still worth showing as it came.
  if (!time) return value;
  const timeZone = time.zoned ? options.timeZone : 'UTC';
  return new Intl.DateTimeFormat(intlLocales[locale], { ...fields, timeZone }).format(time.date);
}

/** Date and time for a table cell or detail field: "2021年5月25日 01:27:32" / "May 25, 2021, 01:27:32". */
export function formatDateTime(value: string | null | undefined, locale: Locale, options: DateFormatOptions = {}): string {
  return format(value, locale, DATE_TIME, options);
}

/** The date alone: "2021年5月25日" / "May 25, 2021". */
export function formatDate(value: string | null | undefined, locale: Locale, options: DateFormatOptions = {}): string {
  return format(value, locale, DATE, options);
}
