/*
 * Locale-aware formatting for everything the console shows: SCP's times,
 * sizes in MB, elapsed seconds and plain numbers. Every formatter takes the UI
 * locale (from `useLocale()` in client components, `getLocale()` on the server)
 * and answers the dictionary's empty mark for a missing value.
 */
export { formatDate, formatDateTime, parseScpTime, type DateFormatOptions, type ScpTime } from './date';
export { formatDuration } from './duration';
export { formatNumber, formatPercent } from './number';
export { formatSizeGb, formatSizeMb } from './size';
