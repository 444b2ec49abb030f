'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { useSessionUser } from '@/components/shell/session-user';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import type { ConsolePage, OpLogEntry } from '@/lib/scp';
import { adaptiveInterval } from '@/lib/tasks/adaptive-interval';
import { opLogApiQuery, parseOpLogView } from '@/lib/tasks/op-log-view';
import { isTerminalStatus } from '@/lib/tasks/task-phase';
import { useNow } from '../use-now';
import { useTaskLabels } from '../use-task-labels';
import { OpLogFilters } from './op-log-filters';
import { OpLogPager } from './op-log-pager';
import { OpLogTable } from './op-log-table';

const observe = (page: ConsolePage<OpLogEntry>) => page.items.map((e) => ({ id: e.id, status: e.status, progress: e.progress ?? 0 }));

/**
 * The operation log (/tasks): filters, one server-side page, paging; the view
 * lives in the URL. A page with running tasks refreshes on the adaptive
 * schedule and stops once all are terminal; the tray refreshes it at once
 * when a tracked task ends.
 */
export function OpLog() {
  const { t } = useTaskLabels();
  const user = useSessionUser();
  const params = useSearchParams();
  const view = parseOpLogView(new URLSearchParams(params.toString()));
  const canPickTenant = user.role === 'admin';
  const query = opLogApiQuery(view, canPickTenant);
  const [refetchInterval] = useState(() => adaptiveInterval(observe));
  const log = useQuery({
    queryKey: queryKeys.tasks.list(query),
    queryFn: ({ signal }) => api.get('/api/tasks', { query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval,
    refetchIntervalInBackground: false,
  });
  const items = log.data?.items ?? [];
  const now = useNow(items.some((e) => !isTerminalStatus(e.status)));

  return (
    <section className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('nav.tasks')}</h1>
        <p className="mt-1 text-sm text-muted">{t('tasks.log.subtitle')}</p>
      </div>
      <OpLogFilters key={params.toString()} view={view} canPickTenant={canPickTenant} />
      {log.isError && !log.data ? (
        <ErrorNotice title={t('tasks.log.loadFailed')} error={log.error}>
          <button type="button" className="button-secondary h-8" onClick={() => log.refetch()}>{t('common.retry')}</button>
        </ErrorNotice>
      ) : log.data ? (
        // While another view loads, the last one stays, dimmed and marked busy.
        <div className={`space-y-4 transition-opacity ${log.isPlaceholderData ? 'opacity-60' : ''}`} aria-busy={log.isPlaceholderData} data-testid="op-log-results">
          {items.length === 0 ? (
            <p className="rounded-lg border border-border bg-surface px-4 py-8 text-center text-sm text-muted" data-testid="op-log-empty">{t('tasks.log.empty')}</p>
          ) : (
            <OpLogTable entries={items} now={now} />
          )}
          <OpLogPager view={view} total={log.data.total} />
        </div>
      ) : (
        <p role="status" className="text-sm text-muted">{t('tasks.log.loading')}</p>
      )}
    </section>
  );
}
