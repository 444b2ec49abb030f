'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { MessagePanel } from '@/components/message-panel';
import { ErrorNotice } from '@/components/resource/error-notice';
import { ApiError, api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import { taskAction, taskFields, taskObjectId, taskObjectName } from '@/lib/resources/tasks/detail';
import type { Task } from '@/lib/scp';
import { adaptiveInterval } from '@/lib/tasks/adaptive-interval';
import { epochOfScpTime } from '@/lib/tasks/elapsed';
import { invalidateForKind, kindOfObjectType } from '@/lib/tasks/object-kind';
import { isTerminalStatus, taskPhase } from '@/lib/tasks/task-phase';
import { snapshotOfTask } from '@/lib/tasks/task-snapshot';
import { useTaskTray } from '@/lib/tasks/tracker-context';
import { SubTaskList } from './sub-task-list';
import { TaskCellView } from './task-cell';
import { TaskProgress } from './task-progress';
import { useNow } from './use-now';
import { useTaskLabels } from './use-task-labels';

const observe = (task: Task) => [
  { id: task.task_id, status: task.status, progress: task.progress },
  ...(task.entities?.sub_tasks ?? []).map((s) => ({ id: s.task_id, status: s.status, progress: s.progress ?? 0 })),
];

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0" data-testid={testId}>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="mt-0.5 text-sm break-words">{children}</dd>
    </div>
  );
}

/**
 * One task (/tasks/[id]): its declared fields (lib/resources/tasks/detail), progress and SCP's reason when it
 * failed, and each sub-task's progress. Refreshes on the adaptive schedule
 * until it is terminal; a running task can be added to the tray from here.
 */
export function TaskDetail({ taskId }: { taskId: string }) {
  const { t, progressProps } = useTaskLabels();
  const { tasks: tracked, watch } = useTaskTray();
  const [refetchInterval] = useState(() => adaptiveInterval(observe));
  const query = useQuery({
    queryKey: queryKeys.tasks.detail(taskId),
    queryFn: ({ signal }) => api.get('/api/tasks/:task_id', { params: { task_id: taskId }, signal }),
    refetchInterval,
    refetchIntervalInBackground: false,
  });
  const task = query.data;
  const now = useNow(!!task && !isTerminalStatus(task.status));
  const back = (
    <Link href="/tasks" className="text-sm text-accent hover:underline">
      ← {t('tasks.detail.back')}
    </Link>
  );

  if (!task) {
    if (!query.isError) return <p role="status" className="text-sm text-muted">{t('tasks.log.loading')}</p>;
    const notFound = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
    if (notFound) return <MessagePanel title={t('tasks.detail.loadFailed')} body={t('tasks.detail.notFound')} action={back} />;
    return (
      <ErrorNotice title={t('tasks.detail.loadFailed')} error={query.error}>
        <button type="button" className="button-secondary h-8" onClick={() => query.refetch()}>{t('common.retry')}</button>
      </ErrorNotice>
    );
  }

  const snapshot = snapshotOfTask(task);
  const kind = kindOfObjectType(task.object_type);
  const objectId = taskObjectId(task);
  const name = taskObjectName(task);
  const action = taskAction(task);
  const isTracked = tracked.some((x) => x.taskId === task.task_id);
  const terminal = isTerminalStatus(task.status);
  return (
    <section className="space-y-6" data-testid="task-detail" data-task-id={task.task_id} data-status={task.status}>
      <div className="space-y-2">
        {back}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold">{t('tasks.detail.title')}</h1>
          {!terminal && (
            <button
              type="button"
              className="button-secondary"
              disabled={isTracked}
              onClick={() => watch({ taskId: task.task_id, action, object: { kind, id: objectId, name }, invalidate: invalidateForKind(kind) }, epochOfScpTime(task.begin_time))}
            >
              {isTracked ? t('tasks.detail.watching') : t('tasks.detail.watch')}
            </button>
          )}
        </div>
      </div>
      <div className="max-w-xl">
        <TaskProgress {...progressProps(task.status, task.progress, name || action)} />
        {taskPhase(task.status) === 'failed' && task.description && (
          <p className="mt-2 text-sm break-words text-danger" data-testid="task-reason">{t('tasks.reason', { reason: task.description })}</p>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-4 rounded-lg border border-border p-4 sm:grid-cols-2 lg:grid-cols-3">
        {taskFields.map((field) => (
          <Field key={field.id} label={t(field.labelKey)} testId={field.testId}>
            <TaskCellView cell={field.cell(task, now)} />
          </Field>
        ))}
      </dl>
      {snapshot.subTasks && (
        <section className="max-w-xl space-y-3">
          <h2 className="font-semibold">{t('tasks.detail.subTasks')} ({snapshot.subTasks.length})</h2>
          <SubTaskList subTasks={snapshot.subTasks} />
        </section>
      )}
    </section>
  );
}
