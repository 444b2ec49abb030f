import { parseScpTime } from '@/lib/format';

/**
 * Epoch ms of an SCP time. A zone-less one (task times) is read in the
 * browser's zone: the usual install has SCP and its users in one zone.
 * undefined when `value` is not a time.
 */
export function epochOfScpTime(value: string | null | undefined): number | undefined {
  const time = parseScpTime(value);
  if (!time) return undefined;
  const ms = time.date.getTime();
  return time.zoned ? ms : ms + time.date.getTimezoneOffset() * 60_000;
}

/**
 * Seconds a task has run. A finished task: SCP's end minus begin (both its
 * own wall clock, so no zone is involved). A running one: now minus
 * `startedAt` (the browser's clock, when the console started or began
 * watching it), else minus SCP's begin time read by `epochOfScpTime`.
 * undefined when unknown.
 */
export function elapsedSeconds(times: { beginTime?: string; endTime?: string; startedAt?: number }, now: number): number | undefined {
  const begin = parseScpTime(times.beginTime);
  const end = parseScpTime(times.endTime);
  if (begin && end) return Math.max(0, (end.date.getTime() - begin.date.getTime()) / 1000);
  const startedAt = times.startedAt ?? epochOfScpTime(times.beginTime);
  return startedAt === undefined ? undefined : Math.max(0, (now - startedAt) / 1000);
}
