import type { Locale, MessageKey, MessageValues } from '@/lib/i18n';
import type { Figure } from '../core/cards';
import { figureWords } from '../core/figure-words';
import type { QuotaItem } from './view';

/*
 * A quota's name in words. SCP keys quotas as `namespace/resource` with an id
 * for per-tag and per-line-type ones (`storage/storage_tag::<uuid>`); a person
 * reads "Storage: 高性能存储" or "Floating IPs: 移动线路", never the key.
 */

/** The names of what quota keys refer to: storage tags and line types by id. */
export interface QuotaRefNames {
  storageTags?: ReadonlyMap<string, string>;
  lineTypes?: ReadonlyMap<string, string>;
}

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Floating-IP quotas are per line type (`eip_count::<line type id>`), named by the line type. */
export const isPerLineType = (item: Pick<QuotaItem, 'namespace' | 'resource'>) => item.namespace === 'network' && item.resource.startsWith('eip_');

/** `vMySQL_2c4g_performance` → `vMySQL 2c4g performance`: an undocumented resource without SCP's name, in words. */
const words = (resource: string) => resource.split('::')[0].replace(/_+/g, ' ').trim();

/**
 * A quota's label: a documented one by the console's words (a storage tag or
 * line type by its name, else "unnamed"), another by SCP's display name, else
 * its resource in words.
 */
export function quotaLabelFigure(item: QuotaItem, names: QuotaRefNames = {}): Figure {
  const text = (value: string): Figure => ({ kind: 'text', text: value });
  if (!item.labelKey) return text(item.name || words(item.resource));
  if (isPerLineType(item)) {
    const line = names.lineTypes?.get(item.ref ?? '');
    return { kind: 'message', key: item.labelKey, values: { line: line === undefined ? { kind: 'message', key: 'quotas.ref.unnamedLine' } : text(line) } };
  }
  if (item.namespace === 'storage' && item.ref !== undefined) {
    const tag = names.storageTags?.get(item.ref) ?? (item.name || undefined);
    return { kind: 'message', key: item.labelKey, values: { tag: tag === undefined ? { kind: 'message', key: 'quotas.ref.unnamedTag' } : text(tag) } };
  }
  return { kind: 'message', key: item.labelKey };
}

/** Labels hold no numbers, so any locale formats them alike. */
const ANY_LOCALE: Locale = 'en';

/** A quota's label in words (see quotaLabelFigure). */
export function quotaLabel(item: QuotaItem, t: Translate, names: QuotaRefNames = {}): string {
  return figureWords(quotaLabelFigure(item, names), t, ANY_LOCALE);
}
