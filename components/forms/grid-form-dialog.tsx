'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useFigure } from '@/components/resource/use-figure';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { useT } from '@/lib/i18n/client';
import type { GridField, GridForm } from '@/lib/resources/core/grid-form';
import type { FieldError } from '@/lib/resources/core/types';
import { Field, invalidProps } from './field';
import { invalidateKeys } from '@/components/resource/invalidate';

function GridInput({ field, id, values, error, onChange }: {
  field: GridField;
  id: string;
  values: Record<string, string>;
  error?: FieldError;
  onChange: (name: string, value: string) => void;
}) {
  const t = useT();
  const words = useFigure();
  const { choice } = field;
  return (
    <Field id={id} label={words(field.label)} error={error} hint={words(field.hint(values))} unit={field.unit && words(field.unit)}>
      <input
        id={id}
        name={field.name}
        type="text"
        inputMode={field.inputMode}
        autoComplete="off"
        className="text-input w-40"
        value={values[field.name] ?? ''}
        onChange={(e) => onChange(field.name, e.target.value)}
        {...invalidProps(id, error)}
      />
      {choice && (
        <select aria-label={words(choice.label)} className="text-input h-9 w-20" value={values[choice.name] ?? choice.options[0]?.value} onChange={(e) => onChange(choice.name, e.target.value)}>
          {choice.options.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.labelKey)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The dialog of a declared grid form (lib/resources/core/grid-form): checked
 * on submit, field by field, with a count of the fields to correct; a refusal
 * about one field goes under it, any other failure under the form. What was
 * typed stays on any error; after a send, what it made stale is read again.
 */
export function GridFormDialog<B>({ form, onClose }: { form: GridForm<B>; onClose: () => void }) {
  const t = useT();
  const words = useFigure();
  const base = useId();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(form.initial);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [nothing, setNothing] = useState(false);
  const request = useKeyedRequest(form.send);
  const { failure, sending } = request;
  const [sent, setSent] = useState<B | null>(null);
  const refused = sent !== null && failure !== null ? form.refused?.(sent, failure, words) : undefined;
  const names = new Set(form.fields.map((f) => f.name));
  const errorOf = (name: string) => errors[name] ?? (refused?.name === name ? refused.error : undefined);

  const submit = async () => {
    const problems = form.check(values, words);
    setErrors(problems);
    const body = Object.keys(problems).length ? null : form.body(values);
    setNothing(!Object.keys(problems).length && body === null);
    if (body === null) return;
    setSent(body);
    if (!(await request.submit(body))) return;
    await invalidateKeys(queryClient, form.invalidates);
    onClose();
  };

  const fieldProblems = Object.keys(errors).filter((name) => names.has(name)).length;
  const formProblems = Object.entries(errors).filter(([name]) => !names.has(name));
  return (
    <FormDialog
      title={words(form.title)}
      testId={form.testId}
      formId={form.formId}
      sending={sending}
      submitLabel={t(form.submitKey)}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide={form.wide}
    >
      <p className="text-sm text-muted">{t(form.introKey)}</p>
      {fieldProblems > 0 && (
        <p role="alert" className="text-sm text-danger" data-testid={form.refusedTestId}>
          {t(form.refusedKey, { count: fieldProblems })}
        </p>
      )}
      {formProblems.map(([name, error]) => (
        <p key={name} role="alert" className="text-sm text-danger">{t(error.key, error.values)}</p>
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        {form.fields.map((field) => (
          <GridInput
            key={field.name}
            field={field}
            id={`${base}-${field.name.replace(/[^\w-]/g, '_')}`}
            values={values}
            error={errorOf(field.name)}
            onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
          />
        ))}
      </div>
      {nothing && <p role="status" className="text-sm text-muted">{t(form.nothingKey)}</p>}
      {failure !== null && !refused && <ErrorNotice title={t(form.failedKey)} error={failure} />}
    </FormDialog>
  );
}
