'use client';

import type { FormEvent, ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import { Dialog } from './dialog';

/**
 * A dialog around one form: Cancel and a submit button that says it is
 * running while `sending`. The form's own fields and panels are the children.
 */
export function FormDialog({ title, testId, formId, sending, submitLabel, onClose, onSubmit, wide, aside, children }: {
  title: string;
  testId: string;
  formId: string;
  sending: boolean;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => void;
  wide?: boolean;
  /** Shown beside the form (a quota panel, say). */
  aside?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const form = (
    <form id={formId} noValidate className="space-y-3" onSubmit={submit}>
      {children}
    </form>
  );
  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide={wide}
      testId={testId}
      footer={
        <>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('resource.confirm.cancel')}
          </button>
          <button type="submit" form={formId} className="button-primary h-9" disabled={sending}>
            {sending ? t('resource.action.running') : submitLabel}
          </button>
        </>
      }
    >
      {aside ? <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem]">{form}{aside}</div> : form}
    </Dialog>
  );
}
