'use client';

import { createContext, useContext } from 'react';
import type { TrackedTask, TrackedTaskInput } from './tracked-store';

/** Adds a task to the tray. */
export type TrackTask = (input: TrackedTaskInput) => void;

/** What can be done to the tray; the functions are stable for the signed-in user. */
export interface TaskTrackerActions {
  track: TrackTask;
  /** Tracks a task that was already running (from the operation log), with when it began. */
  watch: (input: TrackedTaskInput, beganAt: number | undefined) => void;
  dismiss: (taskIds: readonly string[]) => void;
  dismissFinished: () => void;
  /** The tracked task once it has ended; undefined if it is dismissed first. */
  settled: (taskId: string) => Promise<TrackedTask | undefined>;
  /** A toast without a task: work that could not start (a follow-up of a finished task). */
  notify: (notice: TrayNotice) => void;
}

/** What `notify` shows: a failure or a note, in the person's language. */
export interface TrayNotice {
  tone: 'error' | 'neutral';
  title: string;
  body?: string;
}

/** The tray: its actions and what it shows. A new value whenever a poll changes something. */
export interface TaskTracker extends TaskTrackerActions {
  /** Tracked tasks, newest first, each with SCP's last answer (`snapshot`). */
  tasks: readonly TrackedTask[];
  /** False for roles that may not read tasks (the tray is then hidden). */
  enabled: boolean;
  /** True while the last poll failed (the tray says progress may be stale). */
  pollFailing: boolean;
}

/**
 * The tray, provided by TaskTrayProvider (components/tasks), which the console
 * shell puts around every signed-in page; null outside it. Views that show
 * tracked tasks' progress read `tasks` from here.
 */
export const TaskTrackerContext = createContext<TaskTracker | null>(null);

/** The tray's actions alone: a value that never changes, so pages that only track do not re-render on every poll. */
export const TaskTrackerActionsContext = createContext<TaskTrackerActions | null>(null);

function required<T>(value: T | null): T {
  if (!value) throw new Error('the task tray needs TaskTrayProvider (components/tasks) above it; the console shell provides it');
  return value;
}

/** The tray (tasks, status and actions). */
export function useTaskTray(): TaskTracker {
  return required(useContext(TaskTrackerContext));
}

/** The tray's actions. */
export function useTaskTrackerActions(): TaskTrackerActions {
  return required(useContext(TaskTrackerActionsContext));
}

/**
 * `track(input)` for a page that started an SCP task; a stable function.
 *
 *   const track = useTaskTracker();
 *   const { task_id } = await api.post('/api/servers/:server_id/start', { params: { server_id: id } });
 *   track({ taskId: task_id, action: t('servers.action.start'), object: { kind: 'server', id, name }, invalidate: [queryKeys.servers.all] });
 */
export function useTaskTracker(): TrackTask {
  return useTaskTrackerActions().track;
}
