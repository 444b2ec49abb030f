'use client';

import { useQueryClient } from '@tanstack/react-query';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';
import type { CreateResult, ResourceDeclaration } from '@/lib/resources/core/types';
import { invalidateKeys, staleKeysOf } from './invalidate';
import { useTaskStarted } from './use-task-started';

/**
 * What a create does once SCP has taken its request: the task it started
 * goes to the tray under `taskKey`, on the new object (or the objects it
 * names, or no row while its id is unknown), and the resource's views refresh.
 */
export function useCreateStarted(resource: Pick<ResourceDeclaration<unknown>, 'kind' | 'list' | 'invalidate'>) {
  const t = useT();
  const queryClient = useQueryClient();
  const taskStarted = useTaskStarted();
  return ({ taskId, object, progressOn }: CreateResult, taskKey: MessageKey) => {
    const stale = staleKeysOf(resource);
    if (taskId) {
      taskStarted({
        taskId, action: t(taskKey), object: { kind: resource.kind, id: object?.id ?? '', name: object?.name ?? '' },
        progressOn: progressOn ?? (object?.id ? undefined : []), invalidate: stale,
      });
    }
    void invalidateKeys(queryClient, stale);
  };
}
