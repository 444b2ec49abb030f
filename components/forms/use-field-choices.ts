'use client';

import { useQuery } from '@tanstack/react-query';
import { useCachedRead } from '@/components/resource/use-cached-read';
import type { FormField } from '@/lib/resources/core/types';

/**
 * The choices of a declared select or checkboxes field for the form's current
 * values, read through the query cache (so dialogs share answers); not read
 * while the field says they cannot be known yet (`source` is then null).
 * Fixed choices (`options`) are not read at all.
 */
/** The cache key of a field's choices read for some values (`source`, FormField.choices' answer). */
export const choicesKey = (field: Pick<FormField, 'name'>, source: { key: readonly unknown[] } | null) => [...(source?.key ?? ['form-choices', field.name]), 'choices'];

export function useFieldChoices(field: Pick<FormField, 'name' | 'choices' | 'options'>, values: Record<string, string>) {
  const read = useCachedRead();
  const source = field.options ? null : field.choices?.(values) ?? null;
  const loaded = useQuery({
    queryKey: choicesKey(field, source),
    queryFn: ({ signal }) => source!.fetch({ read, signal }),
    enabled: !!source,
    staleTime: 30_000,
  });
  return { source, loaded, options: field.options ?? loaded.data ?? [] };
}
