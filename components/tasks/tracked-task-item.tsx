'use client';

import Link from 'next/link';
import { formatDuration } from '@/lib/format';
import { useLocale } from '@/lib/i18n/client';
import { elapsedSeconds } from '@/lib/tasks/elapsed';
import { isTerminalStatus, taskPhase } from '@/lib/tasks/task-phase';
import type { TrackedTask } from '@/lib/tasks/tracked-store';
import { ObjectLabel } from './object-label';
import { SubTaskList } from './sub-task-list';
import { TaskProgress } from './task-progress';
import { useTaskLabels } from './use-task-labels';

/** One task in the tray: action, object, progress, elapsed time, SCP's reason when it failed, and its sub-tasks. */
export function TrackedTaskItem({ task, now, onDismiss }: { task: TrackedTask; now: number; onDismiss: () => void }) {
  const { t, progressProps } = useTaskLabels();
  const locale = useLocale();
  const snapshot = task.snapshot;
  const phase = taskPhase(snapshot?.status ?? 'waiting');
  const terminal = isTerminalStatus(snapshot?.status);
  const elapsed = elapsedSeconds({ beginTime: snapshot?.beginTime, endTime: snapshot?.endTime, startedAt: task.beganAt ?? task.trackedAt }, now);
  const subTasks = snapshot?.subTasks ?? [];
  const subsEnded = subTasks.filter((s) => isTerminalStatus(s.status)).length;
  const name = task.object.name || task.object.id || task.action;
  return (
    <li className="space-y-1.5 border-b border-border px-4 py-3 last:border-b-0" data-testid="tracked-task" data-task-id={task.taskId} data-phase={phase}>
      <div className="flex items-start justify-between gap-2">
        <p className="min-w-0 text-sm">
          <span className="font-medium">{task.action}</span>{' '}
          <ObjectLabel kind={task.object.kind} id={task.object.id} name={task.object.name} />
        </p>
        {terminal && (
          <button type="button" className="shrink-0 rounded px-1 text-muted hover:bg-surface hover:text-foreground" aria-label={t('tasks.tray.remove', { action: task.action })} title={t('tasks.tray.remove', { action: task.action })} onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      <TaskProgress {...progressProps(snapshot?.status ?? 'waiting', snapshot?.progress ?? -2, name)} />
      <p className="flex justify-between gap-2 text-xs text-muted">
        <span data-testid="task-elapsed">{t('tasks.elapsed', { duration: formatDuration(elapsed, locale) })}</span>
        <Link href={`/tasks/${encodeURIComponent(task.taskId)}`} className="text-accent hover:underline">
          {t('tasks.tray.details')}
        </Link>
      </p>
      {(phase === 'failed' || phase === 'missing') && snapshot?.description && (
        <p className="break-words text-xs text-danger" data-testid="task-reason">
          {t('tasks.reason', { reason: snapshot.description })}
        </p>
      )}
      {subTasks.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-muted hover:text-foreground">{t('tasks.tray.showSubTasks', { done: subsEnded, total: subTasks.length })}</summary>
          <div className="mt-2">
            <SubTaskList subTasks={subTasks} />
          </div>
        </details>
      )}
    </li>
  );
}
