'use client';

import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useMemo, useState, useTransition, type ReactNode } from 'react';
import { LOCALE_COOKIE, t, type Locale, type MessageKey, type MessageValues } from './index';

interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Holds the UI language for client components. `initialLocale` comes from the
 * root layout, which read the `locale` cookie. Switching writes the cookie,
 * re-renders client strings at once, sets `<html lang>`, and refreshes the
 * router so Server Components (titles, server-rendered text) follow without a
 * full reload.
 */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [locale, setLocaleState] = useState(initialLocale);
  const [serverLocale, setServerLocale] = useState(initialLocale);
  // The server rendered another language (e.g. another tab switched it): follow it.
  if (serverLocale !== initialLocale) {
    setServerLocale(initialLocale);
    setLocaleState(initialLocale);
  }

  const setLocale = useCallback(
    (next: Locale) => {
      const secure = window.location.protocol === 'https:' ? '; secure' : '';
      document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${ONE_YEAR}; samesite=lax${secure}`;
      document.documentElement.lang = next;
      setLocaleState(next);
      startTransition(() => router.refresh());
    },
    [router],
  );

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLocale need <I18nProvider> (app/providers.tsx) above them');
  return value;
}

/** The current UI language. */
export function useLocale(): Locale {
  return useI18n().locale;
}

/** Switches the UI language (persisted in the `locale` cookie). */
export function useSetLocale(): (locale: Locale) => void {
  return useI18n().setLocale;
}

/** `t()` bound to the current UI language: `const t = useT(); t('nav.servers')`. */
export function useT(): (key: MessageKey, values?: MessageValues) => string {
  const { locale } = useI18n();
  return useCallback((key: MessageKey, values?: MessageValues) => t(locale, key, values), [locale]);
}
