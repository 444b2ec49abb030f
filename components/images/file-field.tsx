'use client';

import { useId } from 'react';
import { Field, invalidProps } from '@/components/forms/field';
import { useT } from '@/lib/i18n/client';
import type { FieldError } from '@/lib/resources/types';

/** The local image file to upload. */
export function FileField({ onChange, error, disabled }: { onChange: (file: File | null) => void; error?: FieldError; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <Field id={id} label={t('images.field.file')} error={error} hint={t('images.field.file.hint')}>
      <input id={id} type="file" name="file" className="text-sm" disabled={disabled} onChange={(e) => onChange(e.target.files?.[0] ?? null)} {...invalidProps(id, error)} />
    </Field>
  );
}

/** The problem with the chosen file, if any. */
export function fileError(file: File | null): FieldError | undefined {
  if (!file) return { key: 'images.field.file.required' };
  return file.size === 0 ? { key: 'images.field.file.empty' } : undefined;
}
