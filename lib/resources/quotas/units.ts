/*
 * The units a person types a size quota in. SCP keeps memory and storage
 * quotas in MB and image and backup space in bytes (catalog §4.7); people
 * think in GB and TB, so the edit dialog converts both ways, exactly (1 GB =
 * 1024 MB, 1 TB = 1024 GB), and refuses a value that is not a whole number of
 * SCP's unit rather than rounding it.
 */

/** The units a size quota is typed in. */
export const SIZE_UNITS = ['GB', 'TB'] as const;

/** A unit a size quota is typed in. */
export type SizeUnit = (typeof SIZE_UNITS)[number];

/** How SCP counts a size quota: memory and storage in MB, image and backup space in bytes. */
export type SizeAmount = 'mb' | 'bytes';

/** Whether a quota's amounts (QuotaAmount) are sizes, typed in GB or TB. */
export function isSizeAmount(amount: string): amount is SizeAmount {
  return amount === 'mb' || amount === 'bytes';
}

/** How many of SCP's units one of `unit` is, for a size quota. */
export function scpUnitsPer(amount: SizeAmount, unit: SizeUnit): number {
  const perGb = amount === 'mb' ? 1024 : 1024 ** 3;
  return unit === 'TB' ? perGb * 1024 : perGb;
}

/** A limit as the dialog shows it first: the text and, for sizes, the largest unit it is a whole number of. */
export interface LimitText {
  text: string;
  unit: SizeUnit;
}

/** A limit in SCP's units as text to edit; −1 stays −1 (unlimited), null (no record yet) is empty. */
export function limitText(amount: string, limit: number | null): LimitText {
  if (limit === null) return { text: '', unit: 'GB' };
  if (limit < 0 || !isSizeAmount(amount)) return { text: String(limit), unit: 'GB' };
  const tb = scpUnitsPer(amount, 'TB');
  const unit: SizeUnit = limit > 0 && limit % tb === 0 ? 'TB' : 'GB';
  return { text: String(limit / scpUnitsPer(amount, unit)), unit };
}

/**
 * What a typed limit is in SCP's units: −1 for unlimited, otherwise a whole
 * number (counts, cores, Kbps) or a size in `unit` that comes to a whole number
 * of MB or bytes (1.5 GB is 1536 MB; 0.1 GB is not a whole number of MB).
 * null for empty text (nothing to set), NaN for anything else.
 */
export function parseLimitText(amount: string, text: string, unit: SizeUnit = 'GB'): number | null {
  const typed = text.trim().replace('−', '-');
  if (typed === '') return null;
  if (typed === '-1') return -1;
  if (!isSizeAmount(amount)) return /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  if (!/^\d+(\.\d+)?$/.test(typed)) return Number.NaN;
  // Powers of two multiply exactly, so a size that is whole in SCP's unit stays an integer.
  const value = Number(typed) * scpUnitsPer(amount, unit);
  return Number.isSafeInteger(value) ? value : Number.NaN;
}
