'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import { useCachedRead } from '@/components/resource/use-cached-read';
import { useT } from '@/lib/i18n/client';
import type { CachedRead, FieldNote, FormField, FormNote } from '@/lib/resources/core/types';

/** How long a note read for some values stays fresh: as long as the lists it reads. */
const NOTE_STALE_MS = 30_000;

/** The query of a note for these values (under the key its declaration gives), or null when they call for none. */
function noteQuery(note: FieldNote, values: Record<string, string>, read: CachedRead) {
  const source = note.of(values);
  return source && { queryKey: [...source.key, 'note'], queryFn: ({ signal }: { signal: AbortSignal }) => source.fetch({ read, signal }), staleTime: NOTE_STALE_MS };
}

/**
 * Whether any field's note for these values blocks sending. A note still
 * being read is waited for (the same request, not a second one); a note that
 * cannot be read blocks nothing.
 */
export async function notesBlock(fields: readonly FormField[], values: Record<string, string>, read: CachedRead): Promise<boolean> {
  const notes = await Promise.all(fields.map((field) => {
    const query = field.note && noteQuery(field.note, values, read);
    return query ? read<FormNote | null>(query).catch(() => null) : null;
  }));
  return notes.some((note) => note?.blocks);
}

/** What a field's note says for the form's current values: "checking…" while it is first read, then its sentence, if any. */
export function FieldNoteText({ note, values }: { note: FieldNote; values: Record<string, string> }) {
  const t = useT();
  const read = useCachedRead();
  const query = noteQuery(note, values, read);
  const said = useQuery(query ?? { queryKey: ['form-note'], queryFn: skipToken });
  if (!query) return null;
  if (said.isPending) return note.checkingKey ? <p role="status" className="text-sm text-muted">{t(note.checkingKey)}</p> : null;
  const shown = said.data;
  if (!shown) return null;
  return (
    <p role={shown.blocks ? 'alert' : 'status'} className={`text-sm ${shown.blocks ? 'text-danger' : 'text-muted'}`} data-testid={shown.testId}>
      {t(shown.key, shown.values)}
    </p>
  );
}
