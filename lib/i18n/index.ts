import { en } from './en';
import { zhCN, type Dictionary } from './zh-CN';

export type { Dictionary } from './zh-CN';

/** The UI languages the console ships strings for, the default first. */
export const locales = ['zh-CN', 'en'] as const;

/** A UI language the console ships strings for. */
export type Locale = (typeof locales)[number];

/** Key of one UI string. */
export type MessageKey = keyof Dictionary;

/** Values for the `{name}` placeholders of a string. */
export type MessageValues = Record<string, string | number>;

/** The language used when nothing else is chosen. */
export const defaultLocale: Locale = 'zh-CN';

/** Cookie holding the chosen language; the server reads it to render `<html lang>` and server-side strings. */
export const LOCALE_COOKIE = 'locale';

/** All dictionaries, by locale. */
export const dictionaries: Record<Locale, Dictionary> = { 'zh-CN': zhCN, en };

/** The BCP 47 tag `Intl` formats with for each UI language. */
export const intlLocales: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** `value` when it names a supported locale (e.g. a cookie's value), otherwise the default. */
export function parseLocale(value: string | undefined | null): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : defaultLocale;
}

/** True when `key` is a known message key; for keys built at run time, such as an error code's. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries[defaultLocale], key);
}

/**
 * The string for `key` in `locale`, with `{name}` placeholders filled from `values`.
 * An unknown key comes back as itself, so a gap shows up as a visible raw key
 * (which the e2e check looks for) instead of an empty element.
 */
export function t(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const text: string | undefined = dictionaries[locale][key];
  if (text === undefined) return key;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
