'use client';

import Link from 'next/link';
import { formatDateTime, formatDuration } from '@/lib/format';
import { useLocale } from '@/lib/i18n/client';
import type { OpLogEntry } from '@/lib/scp';
import { elapsedSeconds } from '@/lib/tasks/elapsed';
import { kindOfObjectType } from '@/lib/tasks/object-kind';
import { ObjectLabel } from '../object-label';
import { TaskProgress } from '../task-progress';
import { useTaskLabels } from '../use-task-labels';

const th = 'px-3 py-2 text-left text-xs font-medium text-muted';
const td = 'px-3 py-2 align-top';

/** One page of the operation log: action (to the task's detail), object, type, progress, begin time, elapsed. */
export function OpLogTable({ entries, now }: { entries: readonly OpLogEntry[]; now: number }) {
  const { t, progressProps } = useTaskLabels();
  const locale = useLocale();
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full min-w-[48rem] text-sm" data-testid="op-log-table">
        <caption className="sr-only">{t('tasks.log.caption')}</caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={th}>{t('tasks.col.action')}</th>
            <th scope="col" className={th}>{t('tasks.col.object')}</th>
            <th scope="col" className={th}>{t('tasks.col.objectType')}</th>
            <th scope="col" className={`${th} w-56`}>{t('tasks.col.status')}</th>
            <th scope="col" className={th}>{t('tasks.col.begin')}</th>
            <th scope="col" className={th}>{t('tasks.col.elapsed')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const name = entry.object_name || entry.object_id || '';
            const action = entry.action || entry.id;
            return (
              <tr key={entry.id} className="border-t border-border" data-testid="op-log-row" data-task-id={entry.id} data-status={entry.status}>
                <td className={td}>
                  <Link href={`/tasks/${encodeURIComponent(entry.id)}`} className="font-medium text-accent hover:underline">{action}</Link>
                </td>
                <td className={td}>
                  <ObjectLabel kind={kindOfObjectType(entry.object_type)} id={entry.object_id ?? ''} name={name} showType={false} />
                </td>
                <td className={`${td} text-muted`}>{entry.object_type || t('format.empty')}</td>
                <td className={td}>
                  <TaskProgress {...progressProps(entry.status, entry.progress, name || action)} />
                  {entry.status === 'failure' && entry.description && (
                    <p className="mt-1 text-xs break-words text-danger">{t('tasks.reason', { reason: entry.description })}</p>
                  )}
                </td>
                <td className={`${td} whitespace-nowrap text-muted`}>{formatDateTime(entry.begin_time, locale)}</td>
                <td className={`${td} whitespace-nowrap text-muted`}>
                  {formatDuration(elapsedSeconds({ beginTime: entry.begin_time ?? undefined, endTime: entry.end_time ?? undefined }, now), locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
