'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { useT } from '@/lib/i18n/client';

/**
 * A card of the overview: a title, a link to the page with everything, and
 * what its one query answered — "loading" until then, the console's error
 * message if it failed (the other cards carry on).
 */
export function OverviewCard<D>({ id, title, href, query, className = '', children }: {
  id: string;
  title: string;
  href?: string;
  query: Pick<UseQueryResult<D>, 'data' | 'error' | 'isError'>;
  className?: string;
  children: (data: D) => ReactNode;
}) {
  const t = useT();
  const headingId = `overview-${id}`;
  return (
    <section aria-labelledby={headingId} className={`flex flex-col gap-3 rounded-lg border border-border p-4 ${className}`} data-testid="overview-card" data-card={id}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold">{title}</h2>
        {href && (
          <Link href={href} className="text-xs text-accent hover:underline" data-testid="overview-card-link">
            {t('home.card.viewAll')}
          </Link>
        )}
      </div>
      <CardBody query={query} title={title}>{children}</CardBody>
    </section>
  );
}

/** What a card's query answered, or its loading or error state. */
export function CardBody<D>({ query, title, children }: { query: Pick<UseQueryResult<D>, 'data' | 'error' | 'isError'>; title: string; children: (data: D) => ReactNode }) {
  const t = useT();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <ErrorNotice title={t('home.card.failed', { card: title })} error={query.error} testId="overview-error" />;
  return <p role="status" className="text-sm text-muted">{t('home.card.loading')}</p>;
}
