'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
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
  const created = ({ taskId, object, done }: CreateResult) => {
    setOpen(false);
    if (taskId) {
      taskStarted({
        taskId, action: t(form.taskKey ?? form.buttonKey), object: { kind: resource.kind, id: object?.id ?? '', name: object?.name ?? '' },
        progressOn: object?.id ? undefined : [], invalidate: stale,
      });
    }
    void invalidateKeys(queryClient, stale);
    onDone(done);
  };
  return (
    <>
      <ActionButton verdict={verdict} className="button-primary h-9" onClick={() => setOpen(true)} testId={form.testIds.button}>
        {t(form.buttonKey)}
      </ActionButton>
      {open && <CreateDialog form={form} filters={filters} onClose={() => setOpen(false)} onCreated={created} />}
    </>
  );
}
