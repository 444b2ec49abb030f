'use client';

import type { QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useT } from '@/lib/i18n/client';
import type { FollowUp } from '@/lib/resources/core/types';
import { taskPhase } from '@/lib/tasks/task-phase';
import { useTaskTrackerActions } from '@/lib/tasks/tracker-context';
import { useTaskStarted } from './use-task-started';

/**
 * Runs an action's follow-up once its task has finished well: each step's
 * task goes to the tray like the first. It waits on the tray, which lives
 * across pages, so leaving the page does not stop it; closing the tab does.
 * A step that is refused, or a first task that fails or is dismissed, is
 * told in a toast, since the dialog that started it is gone.
 */
export function useFollowUp(kind: string, invalidate: QueryKey[]) {
  const t = useT();
  const { settled, notify } = useTaskTrackerActions();
  const taskStarted = useTaskStarted();
  return useCallback(
    async (taskId: string, followUp: FollowUp) => {
      const task = await settled(taskId);
      const done = taskPhase(task?.snapshot?.status) === 'done';
      for (const step of followUp.steps) {
        const failed = (body?: string) => notify({ tone: 'error', title: t(followUp.failedKey, { name: step.name || step.id }), body });
        if (!done) {
          failed(task?.snapshot?.description);
          continue;
        }
        try {
          const started = await step.start();
          if (started.taskId) taskStarted({ taskId: started.taskId, action: t(followUp.labelKey), object: { kind, id: step.id, name: step.name }, invalidate });
        } catch (error) {
          failed(error instanceof Error ? error.message : undefined);
        }
      }
    },
    [t, settled, notify, taskStarted, kind, invalidate],
  );
}
