'use client';

import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '@/lib/api/client';
import type { ConsolePage, OpLogEntry } from '@/lib/scp';
import { queryKeys } from '@/lib/query-keys';
import { adaptiveInterval } from '@/lib/tasks/adaptive-interval';
import { epochOfScpTime } from '@/lib/tasks/elapsed';
import { invalidateForKind, kindOfObjectType } from '@/lib/tasks/object-kind';
import { POLL_MAX_MS } from '@/lib/tasks/poll-schedule';
import { useTaskTray } from '@/lib/tasks/tracker-context';
import { ObjectLabel } from './object-label';
import { TaskProgress } from './task-progress';
import { useTaskLabels } from './use-task-labels';

/** How many running tasks of each status the tray lists; the operation log has the rest. */
const SHOWN = 50;
const STATUSES = ['doing', 'waiting'] as const;

/** The first entry of each task id. */
function uniqueById(entries: OpLogEntry[]): OpLogEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
}

const observe = (page: ConsolePage<OpLogEntry>) => page.items.map((e) => ({ id: e.id, status: e.status, progress: e.progress ?? 0 }));

/**
 * Every running task the user may see (the whole platform for an admin, the
 * tenant for a tenant admin), from the operation log: one list per status,
 * since SCP filters by one status at a time. It keeps looking for new tasks
 * every POLL_MAX_MS while empty. "Watch" adds a task to the tray, e.g. one
 * started by a colleague, a script, or SCP's own UI.
 */
export function RunningTasks() {
  const { t, progressProps } = useTaskLabels();
  const { tasks: tracked, watch } = useTaskTray();
  const [refetchInterval] = useState(() => adaptiveInterval(observe, { idleMs: POLL_MAX_MS }));
  const result = useQueries({
    queries: STATUSES.map((status) => {
      const query = { status, pageSize: SHOWN };
      return {
        queryKey: queryKeys.tasks.list(query),
        queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/tasks', { query, signal }),
        refetchInterval,
        refetchIntervalInBackground: false,
      };
    }),
    combine: (results) => ({
      // Newest first across both lists, so a task moving from queued to running keeps its place. A task
      // that started between the two reads is in both: the `doing` list (read first) wins.
      entries: uniqueById(results.flatMap((r) => r.data?.items ?? [])).sort((a, b) => (b.begin_time ?? '').localeCompare(a.begin_time ?? '') || a.id.localeCompare(b.id)),
      hidden: results.reduce((n, r) => n + Math.max(0, (r.data?.total ?? 0) - (r.data?.items.length ?? 0)), 0),
      pending: results.some((r) => r.isPending),
      failed: results.some((r) => r.isError),
    }),
  });
  const watched = new Set(tracked.map((task) => task.taskId));
  if (result.failed) return <p className="px-4 py-3 text-sm text-danger">{t('tasks.running.loadFailed')}</p>;
  if (result.pending) return null;
  if (result.entries.length === 0) return <p className="px-4 py-3 text-sm text-muted">{t('tasks.running.empty')}</p>;
  return (
    <>
      <ul data-testid="running-tasks">
        {result.entries.map((entry) => {
          const kind = kindOfObjectType(entry.object_type);
          const action = entry.action || entry.object_type || entry.id;
          const name = entry.object_name || entry.object_id || '';
          const isWatched = watched.has(entry.id);
          return (
            <li key={entry.id} className="space-y-1.5 border-b border-border px-4 py-3 last:border-b-0" data-testid="running-task" data-task-id={entry.id}>
              <div className="flex items-start justify-between gap-2">
                <p className="min-w-0 text-sm">
                  <span className="font-medium">{action}</span>{' '}
                  <ObjectLabel kind={kind} id={entry.object_id ?? ''} name={name} objectType={entry.object_type ?? undefined} />
                </p>
                <button
                  type="button"
                  className="button-secondary h-7 shrink-0 px-2 text-xs"
                  disabled={isWatched}
                  aria-label={isWatched ? t('tasks.running.watching') : t('tasks.running.watchLabel', { action, object: name || entry.id })}
                  onClick={() => watch({ taskId: entry.id, action, object: { kind, id: entry.object_id ?? '', name }, invalidate: invalidateForKind(kind) }, epochOfScpTime(entry.begin_time))}
                >
                  {isWatched ? t('tasks.running.watching') : t('tasks.running.watch')}
                </button>
              </div>
              <TaskProgress {...progressProps(entry.status, entry.progress, name || action)} />
            </li>
          );
        })}
      </ul>
      {result.hidden > 0 && <p className="px-4 py-2 text-xs text-muted">{t('tasks.running.more', { count: result.hidden })}</p>}
    </>
  );
}
