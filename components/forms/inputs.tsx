'use client';

import { useId } from 'react';
import { useT } from '@/lib/i18n/client';
import type { FieldError } from '@/lib/resources/core/types';
import { Field, FieldErrorText, invalidProps } from './field';

/** A choice of a select or radio group. */
export interface Option {
  value: string;
  label: string;
  note?: string;
}

/** A labelled select; `placeholder` is the empty choice. */
export function SelectField({ label, value, options, onChange, error, placeholder, hint, loading, testId }: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error?: FieldError;
  placeholder: string;
  hint?: string;
  loading?: boolean;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select id={id} className="text-input" value={value} onChange={(e) => onChange(e.target.value)} aria-busy={loading || undefined} data-testid={testId} {...invalidProps(id, error)}>
        <option value="">{loading ? t('resource.filter.loading') : placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.note ? `${o.label} (${o.note})` : o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A labelled text input (or textarea). */
export function TextField({ label, value, onChange, error, hint, multiline, type = 'text', testId }: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldError;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'password';
  testId?: string;
}) {
  const id = useId();
  const common = { id, value, onChange: (e: { target: { value: string } }) => onChange(e.target.value), 'data-testid': testId, ...invalidProps(id, error) };
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {multiline ? <textarea {...common} rows={2} className="text-input h-auto py-2" /> : <input {...common} type={type} autoComplete={type === 'password' ? 'new-password' : 'off'} className="text-input" />}
    </Field>
  );
}

/** A group of radio cards (image, storage tag…), each with a second line. */
export function RadioCards({ legend, name, value, options, onChange, error }: {
  legend: string;
  name: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error?: FieldError;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className={`flex cursor-pointer gap-2 rounded-md border p-3 text-sm ${value === o.value ? 'border-accent bg-accent/5' : 'border-border'}`}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="mt-0.5" />
            <span>
              <span className="block font-medium">{o.label}</span>
              {o.note && <span className="block text-xs text-muted">{o.note}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldErrorText error={error} />
    </fieldset>
  );
}
