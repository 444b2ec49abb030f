'use client';

import { useT } from '@/lib/i18n/client';
import { isTerminalStatus, progressPercent, taskPhase } from '@/lib/tasks/task-phase';
import { useObjectTask, type ObjectTask } from './object-tasks';
import { useTrackedTask } from './use-tray';

/** How long a finished task's outcome stays on its row. */
const SHOW_OUTCOME_MS = 120_000;

function Progress({ task }: { task: ObjectTask }) {
  const t = useT();
  const { tracked, snapshot } = useTrackedTask(task.taskId);
  // Dismissed from the tray: nothing follows the task any more.
  if (!tracked) return null;
  const phase = taskPhase(snapshot?.status ?? 'waiting');
  // An outcome fades with time; the view's next refresh re-renders it.
  if (isTerminalStatus(snapshot?.status) && Date.now() - task.startedAt > SHOW_OUTCOME_MS) return null;
  const percent = phase === 'done' ? 100 : progressPercent(snapshot?.progress);
  const label = t('resource.task.progress', { action: task.action, phase: t(`resource.task.phase.${phase}`), percent });
  const bar = phase === 'failed' || phase === 'missing' ? 'bg-danger' : phase === 'done' ? 'bg-emerald-600' : 'bg-accent';
  return (
    <div className="mt-1 w-40 max-w-full" data-testid="task-progress" data-phase={phase} title={snapshot?.description || undefined}>
      <div className="text-xs text-muted">{label}</div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="mt-0.5 h-1.5 overflow-hidden rounded-full bg-surface ring-1 ring-border">
        <div className={`h-full ${bar} transition-[width]`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/**
 * The progress of the task last started on `objectId` from this tab, as the
 * task tray reads it (none: nothing shown). The tray refreshes what the task
 * touched when it ends.
 */
export function ObjectTaskProgress({ objectId }: { objectId: string }) {
  const task = useObjectTask(objectId);
  return task ? <Progress task={task} /> : null;
}
