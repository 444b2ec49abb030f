'use client';

import { Fragment, useId, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import type { FieldError, FormField } from '@/lib/resources/core/types';
import { ChoiceCheckboxes } from './choice-checkboxes';
import { ChoiceSelect } from './choice-select';
import { FieldNoteText } from './field-note';
import { Field, FieldErrorText, invalidProps } from './field';

/**
 * The inputs of a declared form (lib/resources: FormField), bound to string
 * values: what was typed stays as typed, whatever the errors. A checkbox
 * reads and writes '1' or '0'; a select reads its choices for the current
 * values and empties the fields that depend on it when it changes;
 * checkboxes read theirs the same way and write the ticked ones. A field's
 * fill button and note follow it.
 */
export function FormFields({ fields, values, errors, onChange }: {
  fields: readonly FormField[];
  values: Record<string, string>;
  errors: Record<string, FieldError | undefined>;
  onChange: (name: string, value: string) => void;
}) {
  const t = useT();
  const base = useId();
  const after = (field: FormField): ReactNode => {
    const filled = field.fill?.of(values);
    return (
      <>
        {field.fill && (
          <button type="button" className="button-secondary h-8" disabled={!filled} onClick={() => filled && Object.entries(filled).forEach(([name, value]) => onChange(name, value))}>
            {t(field.fill.labelKey)}
          </button>
        )}
        {field.note && <FieldNoteText note={field.note} values={values} />}
      </>
    );
  };
  const control = (field: FormField): ReactNode => {
    const id = `${base}-${field.name}`;
    const error = errors[field.name];
    if (field.kind === 'select') {
      const choose = (value: string) => {
        onChange(field.name, value);
        for (const name of field.clears ?? []) onChange(name, '');
      };
      return <ChoiceSelect id={id} field={field} values={values} error={error} onChange={choose} />;
    }
    if (field.kind === 'checkboxes') return <ChoiceCheckboxes id={id} field={field} values={values} error={error} onChange={(value) => onChange(field.name, value)} />;
    if (field.kind === 'checkbox') {
      return (
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              id={id}
              name={field.name}
              checked={values[field.name] === '1'}
              onChange={(e) => onChange(field.name, e.target.checked ? '1' : '0')}
              {...invalidProps(id, error)}
            />
            {t(field.labelKey)}
          </label>
          {field.hintKey && <p className="text-xs text-muted">{t(field.hintKey)}</p>}
          <FieldErrorText id={id} error={error} />
        </div>
      );
    }
    const common = {
      id,
      name: field.name,
      value: values[field.name] ?? '',
      onChange: (e: { target: { value: string } }) => onChange(field.name, e.target.value),
      ...invalidProps(id, error),
    };
    return (
      <Field id={id} label={t(field.labelKey)} error={error} hint={field.hintKey && t(field.hintKey)} unit={field.unitKey && t(field.unitKey)}>
        {field.kind === 'textarea' ? (
          <textarea {...common} rows={2} className="text-input h-auto py-2" data-testid={field.testId} />
        ) : (
          <input
            {...common}
            type={field.kind === 'number' ? 'number' : field.kind === 'password' ? 'password' : 'text'}
            inputMode={field.kind === 'number' ? 'numeric' : undefined}
            min={field.min}
            max={field.max}
            autoComplete={field.kind === 'password' ? 'new-password' : 'off'}
            className={`text-input ${field.kind === 'number' ? 'w-32' : ''}`}
            data-testid={field.testId}
          />
        )}
      </Field>
    );
  };
  return (
    <div className="space-y-3">
      {fields.map((field) => (
        <Fragment key={field.name}>
          {control(field)}
          {after(field)}
        </Fragment>
      ))}
    </div>
  );
}
