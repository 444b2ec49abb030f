'use client';

import { CellView } from '@/components/resource/cell-view';
import { formatDateTime, formatDuration } from '@/lib/format';
import { useLocale } from '@/lib/i18n/client';
import type { TaskCell } from '@/lib/resources/tasks/cells';
import { taskPhase } from '@/lib/tasks/task-phase';
import { ObjectLabel } from './object-label';
import { TaskProgress } from './task-progress';
import { useTaskLabels } from './use-task-labels';

/** Cells of tasks are no item's statuses: the list's own cells need no status model. */
const NO_STATUS = { labelKey: () => undefined, tone: () => 'off' as const };

/** One declared cell of the operation log or a task's detail (lib/resources/tasks/cells). */
export function TaskCellView({ cell }: { cell: TaskCell }) {
  const { t, phaseLabel, progressProps } = useTaskLabels();
  const locale = useLocale();
  const empty = t('format.empty');
  switch (cell.kind) {
    case 'plain':
      return cell.text || empty;
    case 'monoText':
      return <span className="font-mono text-xs">{cell.text || empty}</span>;
    case 'phase':
      return <>{phaseLabel(taskPhase(cell.status))} <span className="font-mono text-xs text-muted">({cell.status})</span></>;
    case 'time':
      return formatDateTime(cell.value, locale);
    case 'object':
      return <ObjectLabel kind={cell.objectKind} id={cell.id} name={cell.name} showType={false} />;
    case 'progress':
      return (
        <>
          <TaskProgress {...progressProps(cell.status, cell.progress, cell.name)} />
          {cell.reason && <p className="mt-1 text-xs break-words text-danger">{t('tasks.reason', { reason: cell.reason })}</p>}
        </>
      );
    case 'duration':
      return formatDuration(cell.seconds, locale);
    default:
      return <CellView cell={cell} status={NO_STATUS} />;
  }
}
