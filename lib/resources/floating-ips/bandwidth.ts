import type { FieldError } from '../core/types';

/*
 * Floating-IP bandwidth. SCP takes kbps, 0..10485760 (catalog §4.11.6); the
 * console asks for whole Mbps (1 Mbps = 1024 kbps, so the top is 10240 Mbps).
 * Zero would leave the address without traffic, so the least is 1 Mbps.
 */

/** Kbps in one Mbps. */
export const KBPS_PER_MBPS = 1024;
/** The least bandwidth the console offers, in Mbps. */
export const MIN_MBPS = 1;
/** SCP's most, in Mbps. */
export const MAX_MBPS = 10_485_760 / KBPS_PER_MBPS;

/** The problem with a typed Mbps figure, if any. */
export function checkMbps(text: string | undefined): FieldError | undefined {
  const value = (text ?? '').trim();
  if (!value) return { key: 'forms.error.required' };
  if (!/^\d+$/.test(value) || Number(value) < MIN_MBPS || Number(value) > MAX_MBPS) return { key: 'forms.error.range', values: { min: MIN_MBPS, max: MAX_MBPS } };
  return undefined;
}

/** SCP's kbps of a checked Mbps figure. */
export function kbpsOf(mbps: string): number {
  return Number(mbps) * KBPS_PER_MBPS;
}

/** Mbps of a kbps figure, to two decimals. */
export function mbpsOf(kbps: number | null | undefined): number | null {
  return typeof kbps === 'number' ? Math.round((kbps / KBPS_PER_MBPS) * 100) / 100 : null;
}
