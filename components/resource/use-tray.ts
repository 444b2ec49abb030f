'use client';

import { useTaskTracker } from '@/lib/tasks/tracker-context';
import { useTaskTray } from '@/lib/tasks/tracker-context';
import type { TaskSnapshot } from '@/lib/tasks/task-snapshot';

/*
 * The task tray (components/tasks, provided by the console shell): views
 * register the tasks they start with it, and read its snapshots for the
 * progress on their rows, so a task is polled once, by the tray.
 */

/** `track(input)`: hands a started task to the tray. */
export const useTrack = useTaskTracker;

/** What the tray last read of a task; undefined until its first poll, or when the tray no longer follows it. */
export function useTrackedTask(taskId: string): { tracked: boolean; snapshot?: TaskSnapshot } {
  const task = useTaskTray().tasks.find((x) => x.taskId === taskId);
  return { tracked: !!task, snapshot: task?.snapshot };
}
