'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import { adaptiveInterval } from './adaptive-interval';
import { readTaskBatch } from './batch-read';
import { isTerminalStatus } from './task-phase';
import type { TaskSnapshot } from './task-snapshot';
import type { TrackedTask, TrackedTaskStore } from './tracked-store';

const observe = (snapshots: Record<string, TaskSnapshot>) =>
  Object.entries(snapshots).map(([id, s]) => ({ id, status: s.status, progress: s.progress }));

/**
 * Polls every tracked task that is not terminal with one `POST /api/tasks/batch`
 * (per 50), on the adaptive schedule (lib/tasks/poll-schedule.ts), and writes
 * what it reads into the store. The key names the ids, so tracking a task or
 * one ending starts a new query at once; with nothing left to watch it stops.
 * A hidden tab does not poll, and polls once when shown again (refetch on focus).
 */
export function useTrackedTaskPolling(store: TrackedTaskStore, tasks: readonly TrackedTask[], enabled: boolean) {
  const ids = useMemo(() => tasks.filter((t) => !isTerminalStatus(t.snapshot?.status)).map((t) => t.taskId), [tasks]);
  const [refetchInterval] = useState(() => adaptiveInterval(observe));
  const query = useQuery({
    queryKey: queryKeys.tasks.batch(ids),
    queryFn: ({ signal }) => readTaskBatch(ids, (body) => api.post('/api/tasks/batch', { body, signal })),
    enabled: enabled && ids.length > 0,
    refetchInterval,
    refetchIntervalInBackground: false,
    // A finished set of ids is never asked about again.
    gcTime: 0,
  });
  useEffect(() => {
    if (query.data) store.apply(query.data);
  }, [query.data, store]);
  return query;
}
