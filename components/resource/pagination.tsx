'use client';

import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { lastPage } from '@/lib/resources/core/list-state';

/** Where the list is (items a–b of n, page p of q), Previous/Next, and the page size. */
export function Pagination({ page, pageSize, total, pageSizes, onPage, onPageSize }: {
  page: number;
  pageSize: number;
  total: number;
  pageSizes: readonly number[];
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const sizeId = useId();
  const pages = lastPage(total, pageSize);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <nav aria-label={t('resource.pager.label')} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted" data-testid="pager-summary">
        {t('resource.pager.summary', { from: n(from), to: n(to), total: n(total) })}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="text-muted">
          {t('resource.pager.pageSize')}
        </label>
        <select id={sizeId} className="h-9 rounded-md border border-border bg-background px-2" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
          {[...pageSizes].sort((a, b) => a - b).map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('resource.pager.previous')}
        </button>
        <span className="whitespace-nowrap text-muted" data-testid="pager-page">
          {t('resource.pager.page', { page: n(page), pages: n(pages) })}
        </span>
        <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('resource.pager.next')}
        </button>
      </div>
    </nav>
  );
}
