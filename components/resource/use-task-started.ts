'use client';

import type { QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { noteObjectTask } from './object-tasks';
import { useTrack } from './use-tray';

/** A task a view just started: what it is, on what, which objects show its progress, what it makes stale. */
export interface StartedTask {
  taskId: string;
  /** Localized action label. */
  action: string;
  object: { kind: string; id: string; name: string };
  /** Objects whose rows and pages show its progress; `object.id` when unset. */
  progressOn?: readonly string[];
  invalidate: QueryKey[];
}

/** Hands a started task to the tray and notes it on the objects it works on. */
export function useTaskStarted(): (task: StartedTask) => void {
  const track = useTrack();
  return useCallback(
    ({ taskId, action, object, progressOn, invalidate }: StartedTask) => {
      track({ taskId, action, object, invalidate });
      for (const id of progressOn ?? [object.id]) noteObjectTask(id, { taskId, action });
    },
    [track],
  );
}
