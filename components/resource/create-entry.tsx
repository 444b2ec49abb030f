'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import type { MessageKey } from '@/lib/i18n';
import type { CreateResult, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { CreateDialog } from './create-dialog';
import { useCreateStarted } from './use-create-started';

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
  const createStarted = useCreateStarted(resource);
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
  /** A request SCP took, under `taskKey` (a step of a two-step create has its own). */
  const started = (result: CreateResult, taskKey: MessageKey = form.taskKey ?? form.buttonKey) => createStarted(result, taskKey);
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
