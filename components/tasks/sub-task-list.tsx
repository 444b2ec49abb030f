'use client';

import type { SubTaskSnapshot } from '@/lib/tasks/task-snapshot';
import { taskPhase } from '@/lib/tasks/task-phase';
import { TaskProgress } from './task-progress';
import { useTaskLabels } from './use-task-labels';

/** The sub-tasks of a batch task (image distribution to each AZ, batch server operations), each with its own progress. */
export function SubTaskList({ subTasks }: { subTasks: readonly SubTaskSnapshot[] }) {
  const { t, progressProps } = useTaskLabels();
  return (
    <ol className="space-y-2" data-testid="sub-tasks">
      {subTasks.map((sub, i) => {
        const name = t('tasks.subTask', { n: i + 1 });
        return (
          <li key={sub.taskId} className="text-xs" data-testid="sub-task" data-task-id={sub.taskId}>
            <p className="flex min-w-0 gap-1.5">
              <span className="font-medium">{name}</span>
              {sub.action && <span className="truncate text-muted">{sub.action}</span>}
              {sub.objectId && <span className="truncate font-mono text-muted">{sub.objectId}</span>}
            </p>
            <TaskProgress {...progressProps(sub.status, sub.progress, name)} />
            {taskPhase(sub.status) === 'failed' && sub.description && (
              <p className="mt-0.5 break-words text-danger">{t('tasks.reason', { reason: sub.description })}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
