'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { fileKey, isAbort } from '@/lib/resources/core/files';
import type { Action, FoundTask, ListSource, ResourceDeclaration } from '@/lib/resources/core/types';
import type { FileSendContext } from './use-form-files';
import { staleKeysOf } from './invalidate';
import { useFollowUp } from './use-follow-up';
import { useTaskStarted } from './use-task-started';

/** How many item names a batch task's tray entry spells out. */
const SHOWN_NAMES = 3;

/** What the runner needs of a resource: how to name and key its items, and what to refresh. */
export type RunnerTarget<T> = Pick<ResourceDeclaration<T>, 'kind' | 'invalidate' | 'rowKey' | 'nameOf'> & { list: Pick<ListSource<T>, 'all'> };

/** An action on items, waiting in its dialog (confirmation or form) or failed. */
export interface ActionAttempt<T> {
  action: Action<T>;
  items: T[];
}

/**
 * Runs a resource's actions. One that confirms or takes input waits in its
 * dialog, which stays open (with what was typed) until the action succeeds;
 * a failure shows there, or above the view for actions without a dialog.
 * Each attempt has one X-Client-Token, reused when it is retried, so SCP
 * applies the change once. A started task is registered with the tray and
 * noted for the item's progress, and the resource's queries are refreshed.
 * A bulk run whose tasks SCP does not name is tracked once they are found.
 */
export function useActionRunner<T>(resource: RunnerTarget<T>, onDone?: (attempt: ActionAttempt<T>) => void) {
  const t = useT();
  const session = useSessionUser();
  const taskStarted = useTaskStarted();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<ActionAttempt<T> | null>(null);
  const [failed, setFailed] = useState<(ActionAttempt<T> & { error: unknown }) | null>(null);
  const [running, setRunning] = useState(false);
  const tokens = useRef(new Map<string, string>());
  // Bumped when a dialog is closed: a sending it aborted is no failure to show.
  const closed = useRef(0);
  // What a finished task makes stale: the resource's own queries and what its kind's tasks change elsewhere (a floating IP's, the servers').
  const stale = useMemo(() => staleKeysOf({ list: { all: resource.list.all }, invalidate: resource.invalidate }), [resource.list.all, resource.invalidate]);
  const followUp = useFollowUp(resource.kind, stale);

  /** Tracks a task a bulk run started, found after the fact: on its one item, or on several (a batch task) named by their first names. */
  const trackFound = useCallback(
    ({ action, items }: ActionAttempt<T>, { taskId, objectIds }: FoundTask) => {
      const covered = items.filter((item) => objectIds.includes(resource.rowKey(item)));
      const names = covered.slice(0, SHOWN_NAMES).map(resource.nameOf).join(', ') + (covered.length > SHOWN_NAMES ? ` +${covered.length - SHOWN_NAMES}` : '');
      const object = { kind: resource.kind, id: covered.length === 1 ? objectIds[0] : '', name: names };
      taskStarted({ taskId, action: t(action.labelKey), object, progressOn: objectIds, invalidate: stale });
    },
    [resource, t, taskStarted, stale],
  );

  const execute = useCallback(
    async (attempt: ActionAttempt<T>, values?: Record<string, string>, file?: FileSendContext) => {
      const { action, items } = attempt;
      const key = `${action.id}:${items.map(resource.rowKey).join(',')}:${JSON.stringify(values ?? {})}:${file ? fileKey(file.file) : ''}`;
      const at = closed.current;
      const clientToken = tokens.current.get(key) ?? crypto.randomUUID();
      tokens.current.set(key, clientToken);
      setFailed(null);
      setRunning(true);
      try {
        if (items.length > 1 && action.runMany) {
          const result = await action.runMany(items, { clientToken, values });
          if (result?.findTasks) void result.findTasks().then((found) => found.forEach((task) => trackFound(attempt, task)));
        } else {
          for (const item of items) {
            const { taskId, affects = [], followUp: next, name } = await action.run(item, { clientToken, values, ...file });
            if (!taskId) continue;
            const id = resource.rowKey(item);
            taskStarted({
              taskId, action: t(action.taskKey ?? action.labelKey), object: { kind: resource.kind, id, name: name ?? resource.nameOf(item) }, progressOn: [id, ...affects], invalidate: stale,
            });
            if (next) void followUp(taskId, next);
          }
        }
        tokens.current.delete(key);
        setOpen(null);
        onDone?.(attempt);
      } catch (error) {
        if (!(isAbort(error) && closed.current !== at)) setFailed({ ...attempt, error });
      } finally {
        setRunning(false);
        await queryClient.invalidateQueries({ queryKey: resource.list.all });
      }
    },
    [resource, t, taskStarted, trackFound, queryClient, onDone, stale, followUp],
  );

  /** Starts an action on items; refused items are never sent. */
  const request = useCallback(
    (action: Action<T>, items: T[]) => {
      if (!items.length || items.some((item) => !action.allowed(item, session).ok)) return;
      setFailed(null);
      if (action.confirm || action.form) setOpen({ action, items });
      else void execute({ action, items });
    },
    [session, execute],
  );

  return {
    request,
    /** The attempt whose dialog is open. */
    open,
    /** Runs the open attempt (with its form's values, and the file it sends). */
    submit: async (values?: Record<string, string>, file?: FileSendContext) => {
      if (open) await execute(open, values, file);
    },
    cancel: () => {
      closed.current += 1;
      setOpen(null);
      setFailed(null);
    },
    /** The last failure; shown in the open dialog, or above the view when there is none. */
    failed,
    retry: () => failed && execute(failed),
    dismissError: () => setFailed(null),
    running,
  };
}

/** What useActionRunner returns. */
export type ActionRunner<T> = ReturnType<typeof useActionRunner<T>>;
