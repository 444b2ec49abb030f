'use client';

import { useId } from 'react';
import { locales, parseLocale } from '@/lib/i18n';
import { useLocale, useSetLocale, useT } from '@/lib/i18n/client';

/** Picks the UI language; each option is written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const setLocale = useSetLocale();
  const id = useId();
  return (
    <div className="flex items-center">
      <label htmlFor={id} className="sr-only">
        {t('locale.label')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => setLocale(parseLocale(event.target.value))}
        className="h-9 rounded-md border border-border bg-background px-2 text-sm text-foreground hover:bg-surface"
        data-testid="language-switch"
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`locale.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
