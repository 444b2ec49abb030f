'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/format';
import { useLocale } from '@/lib/i18n/client';
import { CardBody } from './overview-card';

const frame = 'flex min-h-24 flex-col gap-1 rounded-lg border border-border p-4';

/**
 * One figure of the overview (a count from a list total): once known, the
 * whole card is one link to the list it counts, filtered the same way. Its own
 * query: it loads and fails alone.
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
  if (query.data === undefined) {
    return (
      <div className={frame} data-testid="overview-figure" data-figure={id}>
        <span className="text-sm text-muted">{label}</span>
        <CardBody query={query} title={label}>{() => null}</CardBody>
      </div>
    );
  }
  const n = value(query.data);
  return (
    <Link href={href} className={`${frame} group hover:border-accent`} data-testid="overview-figure" data-figure={id}>
      <span className="text-sm text-muted group-hover:text-accent">{label}</span>
      <span className={`text-2xl font-semibold tabular-nums ${alert && n > 0 ? 'text-danger' : ''}`} data-testid="figure-value" data-value={n}>
        {formatNumber(n, locale)}
      </span>
      {detail && <span className="text-xs text-muted">{detail(query.data)}</span>}
    </Link>
  );
}
