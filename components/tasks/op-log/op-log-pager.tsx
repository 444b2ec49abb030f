'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { OP_LOG_PAGE_SIZES, opLogSearch, type OpLogView } from '@/lib/tasks/op-log-view';
import { useTaskLabels } from '../use-task-labels';

const pageLink = 'button-secondary';
const disabledLink = 'button-secondary pointer-events-none opacity-50';

/** Server-side paging: previous/next are links (so they reproduce the view), the page size is pushed to the URL. */
export function OpLogPager({ view, total }: { view: OpLogView; total: number }) {
  const { t } = useTaskLabels();
  const router = useRouter();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / view.pageSize));
  const href = (page: number) => `/tasks${opLogSearch({ ...view, page })}`;
  const hasPrevious = view.page > 1;
  const hasNext = view.page < pages;
  return (
    <nav aria-label={t('tasks.pager.label')} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted" data-testid="op-log-summary">{t('tasks.pager.summary', { page: view.page, pages, total })}</p>
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="text-muted">{t('tasks.pager.pageSize')}</label>
        <select
          id={sizeId}
          className="text-input h-9 w-auto"
          value={view.pageSize}
          onChange={(e) => router.push(`/tasks${opLogSearch({ ...view, page: 1, pageSize: Number(e.target.value) })}`)}
        >
          {OP_LOG_PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
        </select>
        <Link href={href(view.page - 1)} className={hasPrevious ? pageLink : disabledLink} aria-disabled={!hasPrevious} tabIndex={hasPrevious ? undefined : -1}>
          {t('tasks.pager.previous')}
        </Link>
        <Link href={href(view.page + 1)} className={hasNext ? pageLink : disabledLink} aria-disabled={!hasNext} tabIndex={hasNext ? undefined : -1}>
          {t('tasks.pager.next')}
        </Link>
      </div>
    </nav>
  );
}
