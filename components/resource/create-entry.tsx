'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n';
import type { CreateResult, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { CreateDialog } from './create-dialog';
import { invalidateKeys, staleKeysOf } from './invalidate';
import { useTaskStarted } from './use-task-started';

/**
 * A resource's create button and its dialog (or a link to the page of a
 * create with one, a wizard). Once SCP takes the request the
 * dialog closes, the resource's views refresh, a started task goes to the
 * tray on the new object (on no row while its id is unknown), and `onDone`
 * hears what the form says it did. `filters` are the list's, for the form's first values.
 */
export function CreateEntry<T>({ resource, filters, onDone }: {
  resource: ResourceDeclaration<T>;
  filters: Readonly<Record<string, string>>;
  onDone: (done: CreateResult['done']) => void;
}) {
  const t = useT();
  const session = useSessionUser();
  const queryClient = useQueryClient();
  const taskStarted = useTaskStarted();
  const [open, setOpen] = useState(false);
  const form = resource.create;
  if (!form) return null;
  const verdict = form.allowed(session);
  if (form.page && verdict.ok) {
    return (
      <Link href={form.page} className="button-primary h-9" data-testid={form.testIds.button}>
        {t(form.buttonKey)}
      </Link>
    );
  }
  const stale = staleKeysOf(resource);
  /** A request SCP took: its task to the tray (under `taskKey`), and the resource's views refreshed. */
  const started = ({ taskId, object }: CreateResult, taskKey: MessageKey = form.taskKey ?? form.buttonKey) => {
    if (taskId) {
      taskStarted({
        taskId, action: t(taskKey), object: { kind: resource.kind, id: object?.id ?? '', name: object?.name ?? '' },
        progressOn: object?.id ? undefined : [], invalidate: stale,
      });
    }
    void invalidateKeys(queryClient, stale);
  };
  const created = (result: CreateResult) => {
    setOpen(false);
    started(result);
    onDone(result.done);
  };
  return (
    <>
      <ActionButton verdict={verdict} className="button-primary h-9" onClick={() => setOpen(true)} testId={form.testIds.button}>
        {t(form.buttonKey)}
      </ActionButton>
      {open && <CreateDialog form={form} filters={filters} onClose={() => setOpen(false)} onCreated={created} onStep={started} />}
    </>
  );
}
