'use client';

import { api } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import type { TaskLog } from '@/lib/resources/core/types';
import { TASK_STATUSES } from '@/lib/scp';
import { isTerminalStatus, progressPercent, taskPhase } from '@/lib/tasks/task-phase';
import { ErrorNotice } from './error-notice';
import { usePolledQuery } from './use-polled-query';

/** Statuses of a task still at work: the log polls fast while one shows. */
const RUNNING: ReadonlySet<string> = new Set(TASK_STATUSES.filter((status) => !isTerminalStatus(status)));

/** The operation log of one object (GET /api/tasks?object_id=…), newest first; refreshes fast while a task runs. */
export function ObjectTaskLog({ objectId, log }: { objectId: string; log: TaskLog }) {
  const t = useT();
  const locale = useLocale();
  const filter = { object_id: objectId, pageSize: 20 };
  const { query } = usePolledQuery({
    queryKey: queryKeys.tasks.list(filter),
    queryFn: ({ signal }) => api.get('/api/tasks', { query: filter, signal }),
    statusesOf: (page) => page.items.map((e) => e.status),
    transitional: RUNNING,
  });
  if (query.isError) return <ErrorNotice title={t(log.loadFailedKey)} error={query.error} />;
  if (!query.data) return <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>;
  const { columnKeys: head } = log;
  return (
    <div className="overflow-x-auto rounded-lg border border-border" data-testid={log.testId}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t(log.captionKey)}</caption>
        <thead className="bg-surface text-xs text-muted">
          <tr>
            {[head.action, head.status, head.begin, head.end, head.description].map((key) => (
              <th key={key} scope="col" className="px-3 py-2 font-medium">{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {query.data.items.map((entry) => (
            <tr key={entry.id} className="border-t border-border" data-testid="task-row">
              <td className="px-3 py-2">{entry.action || t('format.empty')}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {t(`resource.task.phase.${taskPhase(entry.status)}`)}
                {RUNNING.has(entry.status) && ` ${progressPercent(entry.progress)}%`}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(entry.begin_time, locale)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(entry.end_time, locale)}</td>
              <td className="px-3 py-2">{entry.description || t('format.empty')}</td>
            </tr>
          ))}
          {query.data.items.length === 0 && (
            <tr>
              <td colSpan={5} className="px-3 py-8 text-center text-muted">{t(log.emptyKey)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
