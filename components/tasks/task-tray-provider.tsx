'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { invalidateKeys } from '@/components/resource/invalidate';
import { useSessionUser } from '@/components/shell/session-user';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';
import { mayVisit } from '@/lib/nav';
import { queryKeys } from '@/lib/query-keys';
import { taskPhase } from '@/lib/tasks/task-phase';
import { TaskTrackerActionsContext, TaskTrackerContext, type TaskTracker, type TaskTrackerActions } from '@/lib/tasks/tracker-context';
import { newlyFinished, TrackedTaskStore, trackedTasksStorageKey, type TaskStorage, type TrackedTask } from '@/lib/tasks/tracked-store';
import { useTrackedTaskPolling } from '@/lib/tasks/use-tracked-task-polling';
import { ToastRegion, useToasts, type Toast } from './toasts';
import { useTaskLabels } from './use-task-labels';

const NONE: readonly TrackedTask[] = [];

/** localStorage, or null where the browser refuses it (then the tray lives in memory). */
function browserStorage(): TaskStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The toast of each way a task can end. */
const TOASTS: Record<string, { tone: Toast['tone']; title: MessageKey }> = {
  done: { tone: 'success', title: 'tasks.toast.done' },
  failed: { tone: 'error', title: 'tasks.toast.failed' },
  cancelled: { tone: 'neutral', title: 'tasks.toast.cancelled' },
  missing: { tone: 'error', title: 'tasks.toast.missing' },
};

/**
 * Holds the signed-in user's tracked tasks (persisted per user name), polls
 * the running ones, and when one ends refreshes what it touched (its
 * `invalidate` keys and every task list and detail) and shows a toast.
 * Provides `useTaskTracker()` to pages and the tray's state to the tray.
 */
export function TaskTrayProvider({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const t = useT();
  const { kindLabel } = useTaskLabels();
  const queryClient = useQueryClient();
  const enabled = mayVisit(user.role, '/tasks');
  const store = useMemo(() => new TrackedTaskStore(browserStorage(), trackedTasksStorageKey(user.username)), [user.username]);
  const tasks = useSyncExternalStore(store.subscribe, store.getSnapshot, () => NONE);
  const poll = useTrackedTaskPolling(store, tasks, enabled);
  const { toasts, push, dismiss } = useToasts();

  // Another tab of the same user tracked a task or read a newer state.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === store.key) store.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  const previous = useRef(tasks);
  useEffect(() => {
    const finished = newlyFinished(previous.current, tasks);
    previous.current = tasks;
    if (finished.length === 0) return;
    for (const task of finished) {
      void invalidateKeys(queryClient, task.invalidate);
      const { tone, title } = TOASTS[taskPhase(task.snapshot?.status)] ?? TOASTS.done;
      const object = [kindLabel(task.object.kind), task.object.name || task.object.id].filter(Boolean).join(' ');
      push({
        id: task.taskId,
        tone,
        title: t(title, { action: task.action, object }),
        body: tone === 'error' ? task.snapshot?.description : undefined,
        href: `/tasks/${encodeURIComponent(task.taskId)}`,
        linkLabel: t('tasks.tray.details'),
      });
    }
    // The operation log and task details show these tasks too; the tray's own batch query moves on by itself.
    void queryClient.invalidateQueries({ queryKey: queryKeys.tasks.all, predicate: (q) => q.queryKey[1] !== 'batch' });
  }, [tasks, queryClient, push, t, kindLabel]);

  const actions = useMemo<TaskTrackerActions>(() => ({
    track: (input) => store.track(input),
    watch: (input, beganAt) => store.track(input, beganAt),
    dismiss: (ids) => store.dismiss(ids),
    dismissFinished: () => store.dismissFinished(),
    settled: (taskId) => store.settled(taskId),
    notify: (notice) => push({ ...notice, id: crypto.randomUUID() }),
  }), [store, push]);
  const tray = useMemo<TaskTracker>(() => ({ ...actions, tasks, enabled, pollFailing: poll.isError }), [actions, tasks, enabled, poll.isError]);

  return (
    <TaskTrackerActionsContext.Provider value={actions}>
      <TaskTrackerContext.Provider value={tray}>
        {children}
        <ToastRegion toasts={toasts} onDismiss={dismiss} />
      </TaskTrackerContext.Provider>
    </TaskTrackerActionsContext.Provider>
  );
}
