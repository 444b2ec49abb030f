import { isTerminalStatus } from './task-phase';

/*
 * How often browsers ask about tasks (architecture principle 6, "poll by
 * state"). One algorithm serves the tray, the operation log, the task detail
 * and the task-polling benchmark, so the benchmark measures what browsers do.
 */

/** Poll this often while tasks move. */
export const POLL_MIN_MS = 1000;
/** Never wait longer than this while a task is not terminal. */
export const POLL_MAX_MS = 10_000;
/** Each poll that changes nothing waits this much longer than the one before. */
export const POLL_BACKOFF = 1.5;

/** A task as one poll saw it. */
export interface ObservedTask {
  id: string;
  status: string;
  progress: number;
}

/** What the schedule remembers between polls. */
export interface PollState {
  /** Wait this long before the next poll; false once every task is terminal. */
  delayMs: number | false;
  /** Each task's status and progress, to tell whether the next poll changed anything. */
  seen: Record<string, { status: string; progress: number }>;
  /** The first progress seen of each running task and when, to estimate when it ends. */
  firstRunning: Record<string, { progress: number; at: number }>;
}

/** Options of `nextPollState`. */
export interface PollOptions {
  /** The delay when no task is active (default false: stop). A list of running tasks keeps looking for new ones. */
  idleMs?: number | false;
}

/**
 * The schedule after a poll that saw `observed` at `now`:
 * - every task terminal (or none): stop (or wait `idleMs`);
 * - something changed (a status, a progress, a task appeared): poll again in POLL_MIN_MS;
 * - nothing changed: wait POLL_BACKOFF times longer than last time, up to POLL_MAX_MS;
 * - and never past the moment the fastest-moving running task should end, going by
 *   its progress rate since it was first seen running, so the end is seen soon after.
 */
export function nextPollState(prev: PollState | undefined, observed: readonly ObservedTask[], now: number, options: PollOptions = {}): PollState {
  const seen: PollState['seen'] = {};
  const firstRunning: PollState['firstRunning'] = {};
  let changed = !prev || Object.keys(prev.seen).length !== observed.length;
  let active = false;
  let untilEnd = Number.POSITIVE_INFINITY;
  for (const task of observed) {
    seen[task.id] = { status: task.status, progress: task.progress };
    const before = prev?.seen[task.id];
    if (!before || before.status !== task.status || before.progress !== task.progress) changed = true;
    if (isTerminalStatus(task.status)) continue;
    active = true;
    if (task.status !== 'doing') continue;
    const first = prev?.firstRunning[task.id] ?? { progress: task.progress, at: now };
    firstRunning[task.id] = first;
    if (task.progress > first.progress) {
      const msPerPercent = (now - first.at) / (task.progress - first.progress);
      untilEnd = Math.min(untilEnd, (100 - task.progress) * msPerPercent);
    }
  }
  if (!active) return { delayMs: options.idleMs ?? false, seen, firstRunning };
  const backedOff = changed || typeof prev?.delayMs !== 'number' ? POLL_MIN_MS : Math.min(POLL_MAX_MS, prev.delayMs * POLL_BACKOFF);
  return { delayMs: Math.round(Math.max(POLL_MIN_MS, Math.min(backedOff, untilEnd))), seen, firstRunning };
}

/**
 * The delay after a failed poll: none after a 4xx (asking again will not
 * change the answer), else the longest, so a running task is not given up on
 * while the console or SCP is briefly away.
 */
export function delayAfterError(error: unknown): number | false {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? false : POLL_MAX_MS;
}
