import type { TaskPhase } from '@/lib/tasks/task-phase';
import { progressPercent } from '@/lib/tasks/task-phase';

/** Each phase looks different: a pulsing bar while queued, blue while running, green done, red failed, amber cancelling, grey cancelled. */
const FILL: Record<TaskPhase, string> = {
  queued: 'bg-muted/40 animate-pulse',
  running: 'bg-accent transition-[width] duration-700 ease-out',
  done: 'bg-emerald-600 dark:bg-emerald-400',
  failed: 'bg-danger',
  cancelling: 'bg-amber-500 animate-pulse',
  cancelled: 'bg-muted',
  missing: 'bg-muted/40',
};

const TEXT: Record<TaskPhase, string> = {
  queued: 'text-muted',
  running: 'text-accent',
  done: 'text-emerald-700 dark:text-emerald-400',
  failed: 'text-danger',
  cancelling: 'text-amber-700 dark:text-amber-400',
  cancelled: 'text-muted',
  missing: 'text-muted',
};

/** Phases whose bar is full whatever SCP's progress says (a failed task may report 50; the bar says it ended). */
const FULL: readonly TaskPhase[] = ['queued', 'done', 'failed', 'cancelled', 'missing'];

/** Phases whose number says something. */
const COUNTING: readonly TaskPhase[] = ['running', 'cancelling'];

/** A progress bar's inputs, all in the current language (useTaskLabels().progressProps builds them). */
export interface TaskProgressProps {
  phase: TaskPhase;
  /** SCP's progress: −2 queued, 0–99 running, 100 done. */
  progress: number | null | undefined;
  /** The phase in words (t(`tasks.phase.${phase}`)). */
  phaseLabel: string;
  /** The bar's accessible name, e.g. "Progress of acme-web-01". */
  label: string;
  /** Read out by screen readers: "Running, 45%". */
  valueText: string;
}

/**
 * One task's progress: a bar plus its state in words (and percent while it
 * counts). A progressbar without a value while queued (indeterminate).
 */
export function TaskProgress({ phase, progress, phaseLabel, label, valueText }: TaskProgressProps) {
  const percent = phase === 'done' ? 100 : progressPercent(progress);
  const width = FULL.includes(phase) ? 100 : percent;
  return (
    <div className="flex items-center gap-2" data-testid="task-progress" data-phase={phase}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={phase === 'queued' ? undefined : percent}
        aria-valuetext={valueText}
        className="h-1.5 min-w-16 flex-1 overflow-hidden rounded-full bg-surface ring-1 ring-border"
      >
        <div className={`h-full rounded-full ${FILL[phase]}`} style={{ width: `${width}%` }} />
      </div>
      <span className={`shrink-0 text-xs font-medium tabular-nums ${TEXT[phase]}`} data-testid="task-phase">
        {phaseLabel}
        {COUNTING.includes(phase) && ` ${percent}%`}
      </span>
    </div>
  );
}
