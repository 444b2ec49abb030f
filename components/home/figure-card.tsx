'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { useLocale } from '@/lib/i18n/client';
import { CardBody } from './overview-card';

/**
 * One figure of the overview (a count from a list total), linking to the list
 * it counts, filtered the same way. Its own query: loading and failing alone.
 */
export function FigureCard<D>({ id, label, href, query, value, detail, alert = false }: {
  id: string;
  label: string;
  href: string;
  query: Pick<UseQueryResult<D>, 'data' | 'error' | 'isError'>;
  value: (data: D) => number;
  detail?: (data: D) => ReactNode;
  /** Shows a non-zero figure in the danger colour (servers in error). */
  alert?: boolean;
}) {
  const locale = useLocale();
  return (
    <div className="flex min-h-24 flex-col gap-1 rounded-lg border border-border p-4" data-testid="overview-figure" data-figure={id}>
      <Link href={href} className="text-sm text-muted hover:text-accent hover:underline" data-testid="figure-link">
        {label}
      </Link>
      <CardBody query={query} title={label}>
        {(data) => {
          const n = value(data);
          return (
            <>
              <Link href={href} className={`text-2xl font-semibold tabular-nums hover:text-accent ${alert && n > 0 ? 'text-danger' : ''}`} data-testid="figure-value" data-value={n} aria-label={`${label} ${formatNumber(n, locale)}`}>
                {formatNumber(n, locale)}
              </Link>
              {detail && <div className="text-xs text-muted">{detail(data)}</div>}
            </>
          );
        }}
      </CardBody>
    </div>
  );
}
