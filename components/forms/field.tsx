'use client';

import type { ReactNode } from 'react';
import type { FieldError } from '@/lib/resources/core/types';
import { useT } from '@/lib/i18n/client';

/**
 * A labelled form control with its hint, unit and error. The control gets
 * `id`; the error is linked with aria-describedby by the caller through
 * `errorId(id)` and marked aria-invalid.
 */
export function Field({ id, label, error, hint, unit, children }: { id: string; label: string; error?: FieldError; hint?: string; unit?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        {children}
        {unit && <span className="text-sm text-muted">{unit}</span>}
      </div>
      {hint && <p className="text-xs text-muted">{hint}</p>}
      <FieldErrorText id={id} error={error} />
    </div>
  );
}

/** A field's error in words, with the id its control's aria-describedby points at; nothing without an error. */
export function FieldErrorText({ id, error }: { id?: string; error?: FieldError }) {
  const t = useT();
  if (!error) return null;
  return (
    <p id={id && errorId(id)} className="text-xs text-danger" data-testid="field-error">
      {t(error.key, error.values)}
    </p>
  );
}

/** The id of a field's error message, for aria-describedby. */
export function errorId(id: string): string {
  return `${id}-error`;
}

/** The ARIA attributes of a control with this error. */
export function invalidProps(id: string, error: FieldError | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': errorId(id) } : {};
}
