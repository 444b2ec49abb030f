'use client';

import Link from 'next/link';
import { useId } from 'react';
import { useT } from '@/lib/i18n/client';
import type { LinkPager as Pager } from '@/lib/resources/core/url-list';

const pageLink = 'button-secondary';
const disabledLink = 'button-secondary pointer-events-none opacity-50';

/** Server-side paging of a declared pager: previous/next are links (so they reproduce the view); `onPageSize` goes to another size. */
export function LinkPager({ pager, page, pageSize, total, href, onPageSize }: {
  pager: Pager;
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  onPageSize: (pageSize: number) => void;
}) {
  const t = useT();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasPrevious = page > 1;
  const hasNext = page < pages;
  return (
    <nav aria-label={t(pager.labelKey)} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted" data-testid={pager.summaryTestId}>{t(pager.summaryKey, { page, pages, total })}</p>
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="text-muted">{t(pager.pageSizeKey)}</label>
        <select id={sizeId} className="text-input h-9 w-auto" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
          {pager.pageSizes.map((size) => <option key={size} value={size}>{size}</option>)}
        </select>
        <Link href={href(page - 1)} className={hasPrevious ? pageLink : disabledLink} aria-disabled={!hasPrevious} tabIndex={hasPrevious ? undefined : -1}>
          {t(pager.previousKey)}
        </Link>
        <Link href={href(page + 1)} className={hasNext ? pageLink : disabledLink} aria-disabled={!hasNext} tabIndex={hasNext ? undefined : -1}>
          {t(pager.nextKey)}
        </Link>
      </div>
    </nav>
  );
}
