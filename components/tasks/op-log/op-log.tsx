'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormFilters } from '@/components/resource/form-filters';
import { LinkPager } from '@/components/resource/link-pager';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { opLog } from '@/lib/resources/tasks/log';
import type { ConsolePage, OpLogEntry } from '@/lib/scp';
import { adaptiveInterval } from '@/lib/tasks/adaptive-interval';
import { useNow } from '../use-now';
import { OpLogTable } from './op-log-table';

const observe = (page: ConsolePage<OpLogEntry>) => page.items.map((e) => ({ id: e.id, status: e.status, progress: e.progress ?? 0 }));

/**
 * The operation log (/tasks) as lib/resources/tasks/log declares it:
 * filters, one server-side page, paging; the view lives in the URL. A page
 * with running tasks refreshes on the adaptive schedule and stops once all
 * are terminal; the tray refreshes it at once when a tracked task ends.
 */
export function OpLog() {
  const t = useT();
  const user = useSessionUser();
  const router = useRouter();
  const params = useSearchParams();
  const view = opLog.url.parse(new URLSearchParams(params.toString()));
  const canPickTenant = user.role === 'admin';
  const query = opLog.list.query(view, canPickTenant);
  const [refetchInterval] = useState(() => adaptiveInterval(observe));
  const log = useQuery({
    queryKey: opLog.list.key(query),
    queryFn: ({ signal }) => opLog.list.fetch(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval,
    refetchIntervalInBackground: false,
  });
  const items = log.data?.items ?? [];
  const now = useNow(items.some(opLog.running));
  const href = (v: typeof view) => `${opLog.path}${opLog.url.search(v)}`;
  const filters = opLog.filters.filter((f) => !f.roles || f.roles.includes(user.role));

  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t(opLog.titleKey)}</h1>
        <p className="mt-1 text-sm text-muted">{t(opLog.subtitleKey)}</p>
      </div>
      <FormFilters
        key={params.toString()}
        filters={filters}
        values={opLog.filterValues(view)}
        labelKey={opLog.filterLabelKey}
        applyKey={opLog.applyKey}
        resetKey={opLog.resetKey}
        onApply={(values) => router.push(href(opLog.viewOf(values, view, canPickTenant)))}
        onReset={() => router.push(href({ page: 1, pageSize: view.pageSize }))}
      />
      {log.isError && !log.data ? (
        <ErrorNotice title={t(opLog.loadFailedKey)} error={log.error}>
          <button type="button" className="button-secondary h-8" onClick={() => log.refetch()}>{t('common.retry')}</button>
        </ErrorNotice>
      ) : log.data ? (
        // While another view loads, the last one stays, dimmed and marked busy.
        <div className={`space-y-4 transition-opacity ${log.isPlaceholderData ? 'opacity-60' : ''}`} aria-busy={log.isPlaceholderData} data-testid="op-log-results">
          {items.length === 0 ? (
            <p className="rounded-lg border border-border bg-surface px-4 py-8 text-center text-sm text-muted" data-testid="op-log-empty">{t(opLog.emptyKey)}</p>
          ) : (
            <OpLogTable entries={items} now={now} />
          )}
          <LinkPager
            pager={opLog.pager}
            page={view.page}
            pageSize={view.pageSize}
            total={log.data.total}
            href={(page) => href({ ...view, page })}
            onPageSize={(pageSize) => router.push(href({ ...view, page: 1, pageSize }))}
          />
        </div>
      ) : (
        <p role="status" className="text-sm text-muted">{t(opLog.loadingKey)}</p>
      )}
    </section>
  );
}
