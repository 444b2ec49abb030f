import { FINAL_TASK_STATUSES } from '@/lib/scp';

/**
 * The console's own status for a tracked task SCP no longer answers for (it
 * was removed, or belongs to another tenant): nothing more will happen to it.
 */
export const MISSING_STATUS = 'missing';

/** How a task's state is shown: one visual and one label each. */
export const TASK_PHASES = ['queued', 'running', 'done', 'failed', 'cancelling', 'cancelled', 'missing'] as const;
/** A task's state as the console shows it. */
export type TaskPhase = (typeof TASK_PHASES)[number];

const PHASE_OF_STATUS: Record<string, TaskPhase> = {
  waiting: 'queued',
  doing: 'running',
  finish: 'done',
  failure: 'failed',
  canceling: 'cancelling',
  canceled: 'cancelled',
  [MISSING_STATUS]: 'missing',
};

/**
 * The phase of SCP's `status` (catalog §4.2). Keyed off the status, never the
 * progress: a failed task may report 50. A status SCP adds later is shown as
 * running, so the task keeps being watched rather than dropped.
 */
export function taskPhase(status: string | null | undefined): TaskPhase {
  return PHASE_OF_STATUS[status ?? ''] ?? 'running';
}

/** True when nothing more will happen to a task in this status. */
export function isTerminalStatus(status: string | null | undefined): boolean {
  return status === MISSING_STATUS || FINAL_TASK_STATUSES.includes(status ?? '');
}

/** The progress bar's fill, 0–100: SCP's −2 (queued) and missing values count as 0. */
export function progressPercent(progress: number | null | undefined): number {
  if (typeof progress !== 'number' || !Number.isFinite(progress)) return 0;
  return Math.min(100, Math.max(0, Math.round(progress)));
}
