'use client';

import { useT } from '@/lib/i18n/client';
import type { FormNote } from '@/lib/resources/core/types';

/** What an action form says about its values (ActionForm.notes): a blocking note as an alert. */
export function FormNotes({ notes }: { notes: readonly FormNote[] }) {
  const t = useT();
  return notes.map((note) => (
    <p key={note.testId ?? note.key} role={note.blocks ? 'alert' : undefined} className={note.blocks ? 'text-sm text-danger' : 'text-xs text-muted'} data-testid={note.testId}>
      {t(note.key, note.values)}
    </p>
  ));
}
