'use client';

import { useT } from '@/lib/i18n/client';
import { opLog } from '@/lib/resources/tasks/log';
import type { OpLogEntry } from '@/lib/scp';
import { TaskCellView } from '../task-cell';

const th = 'px-3 py-2 text-left text-xs font-medium text-muted';
const td = 'px-3 py-2 align-top';

/** One page of the operation log, in its declared columns (lib/resources/tasks/log). */
export function OpLogTable({ entries, now }: { entries: readonly OpLogEntry[]; now: number }) {
  const t = useT();
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full min-w-[48rem] text-sm" data-testid="op-log-table">
        <caption className="sr-only">{t(opLog.captionKey)}</caption>
        <thead className="bg-surface">
          <tr>
            {opLog.columns.map((column) => (
              <th key={column.id} scope="col" className={column.thClass ? `${th} ${column.thClass}` : th}>{t(column.labelKey)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={opLog.rowKey(entry)} className="border-t border-border" data-testid="op-log-row" data-task-id={entry.id} data-status={entry.status}>
              {opLog.columns.map((column) => (
                <td key={column.id} className={column.tdClass ? `${td} ${column.tdClass}` : td}>
                  <TaskCellView cell={column.cell(entry, now)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
