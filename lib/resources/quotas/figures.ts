import type { MessageKey } from '@/lib/i18n';
import type { Figure } from '../core/cards';
import type { QuotaAmount, QuotaItem } from './view';

/*
 * A quota's amounts as declared figures: sizes as sizes (SCP keeps image and
 * backup space in bytes), cores, counts and Kbps in words, anything the
 * console does not know with SCP's unit; and its use against its limit.
 */

const COUNTED: Record<Exclude<QuotaAmount, 'mb' | 'bytes'>, MessageKey> = {
  cores: 'quotas.amount.cores', count: 'quotas.amount.count', kbps: 'quotas.amount.kbps',
};

/** The unit a count-like limit is typed in; sizes are typed in GB or TB, chosen beside the input. */
const UNIT: Record<Exclude<QuotaAmount, 'mb' | 'bytes'>, MessageKey> = {
  count: 'quotas.unit.count', cores: 'quotas.unit.cores', kbps: 'quotas.unit.kbps',
};

/** An amount of a quota. */
export function quotaAmount(item: Pick<QuotaItem, 'amount' | 'unit'>, n: number): Figure {
  switch (item.amount) {
    case 'mb': return { kind: 'sizeMb', mb: n };
    case 'bytes': return { kind: 'sizeMb', mb: n / (1024 * 1024) };
    case 'raw': return { kind: 'number', n, unit: item.unit || undefined };
    default: return { kind: 'message', key: COUNTED[item.amount], values: { n: { kind: 'number', n } } };
  }
}

/** The unit after a count-like limit's input; none for sizes (a GB/TB choice instead). */
export function quotaUnit(item: Pick<QuotaItem, 'amount' | 'unit'>): Figure | undefined {
  if (item.amount === 'raw') return item.unit ? { kind: 'text', text: item.unit } : undefined;
  return item.amount === 'mb' || item.amount === 'bytes' ? undefined : { kind: 'message', key: UNIT[item.amount] };
}

/** What a quota uses of its limit (unlimited, or not set yet). */
export function quotaUsage(item: QuotaItem): Figure {
  const used = quotaAmount(item, item.inUse);
  if (item.unset) return { kind: 'message', key: 'quotas.usage.notSet', values: { used } };
  return item.limit < 0
    ? { kind: 'message', key: 'quotas.usage.unlimited', values: { used } }
    : { kind: 'message', key: 'quotas.usage', values: { used, limit: quotaAmount(item, item.limit) } };
}
