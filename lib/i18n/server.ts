import 'server-only';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, parseLocale, t, type Locale, type MessageKey, type MessageValues } from './index';

/** The UI language of this request, from the `locale` cookie (default zh-CN). For Server Components, route handlers and metadata. */
export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** `t()` bound to this request's language. */
export async function getT(): Promise<(key: MessageKey, values?: MessageValues) => string> {
  const locale = await getLocale();
  return (key, values) => t(locale, key, values);
}

/** A page's metadata with its title in this request's language (the root layout adds the product name). */
export async function pageMetadata(titleKey: MessageKey): Promise<Metadata> {
  return { title: t(await getLocale(), titleKey) };
}
