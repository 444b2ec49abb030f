import type { QueryKey } from '@tanstack/react-query';

/**
 * What a page tells the task tray when a mutation has started an SCP task.
 * The tray (tasks issue) shows its progress, persists it across reloads, and
 * when the task ends invalidates `invalidate` so lists and details refresh.
 */
export interface TrackedTaskInput {
  taskId: string;
  /** Localized action label, e.g. t('servers.action.start'). */
  action: string;
  /** What it acts on: kind (i18n key suffix, e.g. 'server'), id and name, for the link. */
  object: { kind: string; id: string; name: string };
  /** Query keys to invalidate when the task reaches a terminal state. */
  invalidate: QueryKey[];
}

/*
 * The hook pages call: `const track = useTaskTracker(); track(input)`.
 * Implemented by the tray (lib/tasks/tracker-context.ts, components/tasks).
 */
export { useTaskTracker, type TrackTask } from './tracker-context';
