'use client';

import { useT } from '@/lib/i18n/client';
import type { FieldError, FormField } from '@/lib/resources/core/types';
import { Field, invalidProps } from './field';

/** The input of a declared `file` field: the file chosen goes to `onChange` (the form keeps it beside its values). */
export function FileInput({ id, field, error, disabled, onChange }: {
  id: string;
  field: FormField;
  error?: FieldError;
  disabled?: boolean;
  onChange: (file: File | undefined) => void;
}) {
  const t = useT();
  return (
    <Field id={id} label={t(field.labelKey)} error={error} hint={field.hintKey && t(field.hintKey, field.hintValues)}>
      <input
        id={id} type="file" name={field.name} className="text-sm" disabled={disabled} data-testid={field.testId}
        onChange={(e) => onChange(e.target.files?.[0] ?? undefined)} {...invalidProps(id, error)}
      />
    </Field>
  );
}
