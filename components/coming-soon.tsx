'use client';

import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';

/** Placeholder for a page that is not built yet: its name as the heading and a "coming soon" note. */
export function ComingSoon({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  const page = t(titleKey);
  return (
    <section className="max-w-2xl" data-testid="coming-soon">
      <div className="flex items-center gap-3">
        <h1 className="text-2xl font-semibold">{page}</h1>
        <span className="rounded-full bg-surface px-2.5 py-0.5 text-xs font-medium text-accent ring-1 ring-border">{t('comingSoon.badge')}</span>
      </div>
      <p className="mt-3 text-muted">{t('comingSoon.body', { page })}</p>
    </section>
  );
}
