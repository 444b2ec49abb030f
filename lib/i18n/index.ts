import { en } from './en';
import { zhCN, type Dictionary } from './zh-CN';

export type { Dictionary } from './zh-CN';

/** A UI language the console ships strings for. */
export type Locale = 'zh-CN' | 'en';

/** Key of one UI string. */
export type MessageKey = keyof Dictionary;

/** The language used when nothing else is chosen. */
export const defaultLocale: Locale = 'zh-CN';

/** All dictionaries, by locale. */
export const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en };

/** The string for `key` in `locale`. */
export function t(locale: Locale, key: MessageKey): string {
  return dictionaries[locale][key];
}
