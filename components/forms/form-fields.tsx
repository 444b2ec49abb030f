'use client';

import { Fragment, useId, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import { readRows, writeRows } from '@/lib/resources/core/rows';
import type { FieldError, FilterOption, FormField } from '@/lib/resources/core/types';
import { ChoiceCards } from './choice-cards';
import { ChoiceCheckboxes } from './choice-checkboxes';
import { ChoiceSelect } from './choice-select';
import { FieldNoteText } from './field-note';
import { FileInput } from './file-input';
import { Field, FieldErrorText, invalidProps } from './field';
import { RowsField } from './rows-field';
import { useSay } from './use-say';

/** What a field holds once cleared: nothing, or a rows field's rows as its `reset` puts them back. */
function cleared(field: FormField | undefined, value: string | undefined): string {
  const reset = field?.rows?.reset;
  return reset ? writeRows(readRows(value).map(reset)) : '';
}

/**
 * The inputs of a declared form (lib/resources: FormField), bound to string
 * values: what was typed stays as typed, whatever the errors. A checkbox
 * reads and writes '1' or '0'; a select reads its choices for the current
 * values and empties the fields that depend on it when it changes (a rows
 * field's rows go back as its `reset` says), and sets what its choice sets;
 * checkboxes and cards read theirs the same way. A rows field is a table of
 * rows (rows-field.tsx). A field's fill button and notes follow it; a field
 * shows only `when` its values call for it, and fields of one `group` share a line.
 * A file field's file goes to `files` (it is no string value).
 */
export function FormFields({ fields, values, errors, onChange, files, className = 'space-y-3' }: {
  fields: readonly FormField[];
  className?: string;
  values: Record<string, string>;
  errors: Record<string, FieldError | undefined>;
  onChange: (name: string, value: string) => void;
  files?: { onChange: (name: string, file: File | undefined) => void; disabled?: boolean };
}) {
  const t = useT();
  const say = useSay();
  const base = useId();
  const after = (field: FormField): ReactNode => {
    const filled = field.fill?.of(values);
    const said = field.say?.(values);
    return (
      <>
        {field.fill && (
          <button type="button" className="button-secondary h-8" disabled={!filled} onClick={() => filled && Object.entries(filled).forEach(([name, value]) => onChange(name, value))}>
            {t(field.fill.labelKey)}
          </button>
        )}
        {field.note && <FieldNoteText note={field.note} values={values} />}
        {said && (
          <p className={said.boxed ? 'rounded-md bg-surface p-3 text-sm' : 'text-sm text-muted'} data-testid={said.testId}>
            {say(said)}
          </p>
        )}
      </>
    );
  };
  const control = (field: FormField): ReactNode => {
    const id = `${base}-${field.name}`;
    const error = errors[field.name];
    const choose = (value: string, option: FilterOption | undefined) => {
      onChange(field.name, value);
      for (const name of field.clears ?? []) onChange(name, cleared(fields.find((f) => f.name === name), values[name]));
      for (const [name, set] of Object.entries(option?.sets ?? {})) onChange(name, set);
    };
    if (field.kind === 'select') return <ChoiceSelect id={id} field={field} values={values} error={error} onChange={choose} />;
    if (field.kind === 'cards') return <ChoiceCards field={field} values={values} error={error} onChange={choose} />;
    if (field.kind === 'checkboxes') return <ChoiceCheckboxes id={id} field={field} values={values} error={error} onChange={(value) => onChange(field.name, value)} />;
    if (field.kind === 'file') return <FileInput id={id} field={field} error={error} disabled={files?.disabled} onChange={(file) => files?.onChange(field.name, file)} />;
    if (field.kind === 'rows') return <RowsField field={field} values={values} errors={errors} onChange={(value) => onChange(field.name, value)} />;
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
              data-testid={field.testId}
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
      <Field id={id} label={t(field.labelKey)} error={error} hint={field.hintKey && t(field.hintKey, field.hintValues)} unit={field.unitKey && t(field.unitKey)}>
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
  const shown = fields.filter((field) => field.when?.(values) ?? true);
  const lines = shown.reduce<FormField[][]>((out, field) => {
    const last = out[out.length - 1];
    if (field.group && last?.[0].group === field.group) last.push(field);
    else out.push([field]);
    return out;
  }, []);
  return (
    <div className={className}>
      {lines.map((line) => (
        <Fragment key={line[0].name}>
          {line.length > 1 ? <div className="flex flex-wrap gap-6">{line.map((field) => <Fragment key={field.name}>{control(field)}</Fragment>)}</div> : control(line[0])}
          {line.map((field) => <Fragment key={field.name}>{after(field)}</Fragment>)}
        </Fragment>
      ))}
    </div>
  );
}
