'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ThemeSync } from '@/components/theme/theme-sync';
import type { Locale } from '@/lib/i18n';
import { I18nProvider } from '@/lib/i18n/client';
import { createQueryClient } from '@/lib/session-client/query-client';

/** Client-side context for the whole app: one QueryClient per browser tab (kept across renders), the UI language, the theme. */
export function Providers({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale}>
        <ThemeSync />
        {children}
      </I18nProvider>
    </QueryClientProvider>
  );
}
