'use client';

import Link from 'next/link';
import { api } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { listHref, recentTasks } from '@/lib/home/overview-figures';
import { useLocale } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { taskPhase } from '@/lib/tasks/task-phase';
import { useTaskLabels } from '@/components/tasks/use-task-labels';
import { OverviewCard } from './overview-card';
import { useOverviewQuery } from './use-overview-query';

const SHOWN = 5;

/**
 * The latest operations of the operation log (newest first), or only its
 * failures: each with its status and begin time, failures in red, linking to
 * the task; the card links to the log with the same filter.
 */
export function TaskListCard({ status, title, empty, className }: { status?: 'failure'; title: string; empty: string; className?: string }) {
  const { t, phaseLabel } = useTaskLabels();
  const locale = useLocale();
  const query = status ? { status, pageSize: SHOWN } : { pageSize: SHOWN };
  const log = useOverviewQuery(queryKeys.tasks.list(query), ({ signal }) => api.get('/api/tasks', { query, signal }));
  return (
    <OverviewCard id={status ? 'failed-tasks' : 'recent-tasks'} title={title} href={listHref('/tasks', { status })} query={log} className={className}>
      {(page) => {
        const rows = recentTasks(page, SHOWN);
        if (rows.length === 0) return <p className="text-sm text-muted">{empty}</p>;
        return (
          <ul className="divide-y divide-border text-sm">
            {rows.map(({ entry, href, failed }) => (
              <li key={entry.id} className="py-2 first:pt-0 last:pb-0" data-testid="overview-task" data-task-id={entry.id} data-status={entry.status}>
                <div className="flex items-baseline justify-between gap-2">
                  <Link href={href} className="min-w-0 truncate font-medium text-accent hover:underline">
                    {entry.action || entry.id}
                  </Link>
                  <span className={`shrink-0 text-xs ${failed ? 'font-medium text-danger' : 'text-muted'}`}>{phaseLabel(taskPhase(entry.status))}</span>
                </div>
                <div className="flex items-baseline justify-between gap-2 text-xs text-muted">
                  <span className="min-w-0 truncate">{entry.object_name || entry.object_type || t('format.empty')}</span>
                  <span className="shrink-0 whitespace-nowrap">{formatDateTime(entry.begin_time, locale)}</span>
                </div>
                {failed && entry.description && <p className="mt-1 text-xs break-words text-danger">{t('tasks.reason', { reason: entry.description })}</p>}
              </li>
            ))}
          </ul>
        );
      }}
    </OverviewCard>
  );
}
