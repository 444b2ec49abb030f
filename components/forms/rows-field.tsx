'use client';

import { useId } from 'react';
import { ActionButton } from '@/components/resource/action-button';
import { useT } from '@/lib/i18n/client';
import { changeRow, isRemoved, readRows, REMOVED, removeRow, rowErrorName, writeRows } from '@/lib/resources/core/rows';
import { ALLOWED, type FieldError, type FormField, type Row, type RowField, type RowsSpec } from '@/lib/resources/core/types';
import { ChoiceSelect } from './choice-select';
import { Field, invalidProps } from './field';
import { useSay } from './use-say';

type Errors = Record<string, FieldError | undefined>;

/** A row marked to go: its lines, the choice it carries, and the way back. */
function RemovedRow({ removed, keep, row, onChange }: { removed: NonNullable<RowsSpec['removed']>; keep: string; row: Row; onChange: (patch: Row) => void }) {
  const t = useT();
  const say = useSay();
  const { option } = removed;
  return (
    <>
      {removed.lines(row).map(({ message, struck }) => (
        <p key={message.key} className={struck ? 'font-medium line-through decoration-1' : undefined}>{say(message)}</p>
      ))}
      {option && (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={row[option.name] === '1'} onChange={(e) => onChange({ [option.name]: e.target.checked ? '1' : '0' })} data-testid={option.testId} />
          {t(option.labelKey)}
        </label>
      )}
      <button type="button" className="button-secondary h-8" onClick={() => onChange({ [REMOVED]: '' })} data-testid={keep}>
        {t(removed.keepKey)}
      </button>
    </>
  );
}

/** One sub-field of a row: a select of its choices, or an input (read-only, saying why, when it may not change). */
function RowInput({ id, sub, row, index, values, error, onChange }: {
  id: string; sub: RowField; row: Row; index: number; values: Record<string, string>; error?: FieldError; onChange: (value: string) => void;
}) {
  const t = useT();
  const say = useSay();
  const label = say(sub.label(row, index));
  const hintOf = sub.hint?.(row);
  const hint = hintOf && say(hintOf);
  if (sub.kind === 'select') {
    const placeholder = sub.placeholder ? t(sub.placeholder(row)) : t('resource.filter.all');
    return <ChoiceSelect id={id} field={{ name: sub.name, labelKey: sub.label(row, index).key, choices: sub.choices }} values={values} value={row[sub.name] ?? ''} text={{ label, hint, placeholder }} error={error} onChange={onChange} />;
  }
  const verdict = sub.editable?.(row) ?? ALLOWED;
  const reason = verdict.ok ? undefined : t(verdict.reason, verdict.values);
  return (
    <Field id={id} label={label} error={error} hint={reason ?? hint} unit={sub.unitKey && t(sub.unitKey)}>
      <input
        id={id}
        type={sub.kind}
        inputMode={sub.kind === 'number' ? 'decimal' : undefined}
        step={sub.kind === 'number' ? 'any' : undefined}
        min={sub.min?.(row)}
        className={`text-input ${sub.kind === 'number' ? 'w-32' : ''}`}
        value={row[sub.name] ?? ''}
        readOnly={!verdict.ok}
        aria-disabled={verdict.ok ? undefined : true}
        title={reason}
        onChange={(e) => onChange(e.target.value)}
        data-testid={sub.testId?.(index)}
        {...invalidProps(id, error)}
      />
    </Field>
  );
}

/**
 * A rows field (lib/resources/core: RowsSpec): a table of rows, each its
 * sub-fields and a remove button, then an add button and the table's own
 * error. A row the item has, removed, stays marked with a way back; a row
 * that may not change shows as text with the reason. The rows are the field's
 * value, as core/rows.ts encodes them; each input shows its own error.
 */
export function RowsField({ field, values, errors, onChange }: { field: FormField; values: Record<string, string>; errors: Errors; onChange: (value: string) => void }) {
  const t = useT();
  const say = useSay();
  const base = useId();
  const spec = field.rows!;
  const rows = readRows(values[field.name]);
  const set = (next: Row[]) => onChange(writeRows(next));
  const intro = spec.intro?.(values);
  const error = errors[field.name];

  const view = (row: Row, index: number) => {
    const key = row[spec.key];
    const attrs = { 'data-testid': spec.testIds.row, [`data-${spec.testIds.attribute}`]: key };
    if (isRemoved(row) && spec.removed) {
      return (
        <li key={key} className="space-y-1 text-sm" {...attrs} data-removing="1">
          <RemovedRow removed={spec.removed} keep={spec.testIds.keep} row={row} onChange={(patch) => set(changeRow(spec, rows, key, patch))} />
        </li>
      );
    }
    const fixed = spec.fixed?.(row, values);
    if (fixed) {
      return (
        <li key={key} className="text-sm" {...attrs}>
          <p className="font-medium">{say(spec.fields[0].label(row, index))}</p>
          <p>{fixed.text.map(say).join(' · ')}</p>
          <p className="text-xs text-muted" data-testid={spec.testIds.fixed}>{say(fixed.reason)}</p>
        </li>
      );
    }
    return (
      <li key={key} className="flex items-end gap-2" {...attrs}>
        {spec.fields.map((sub) => (
          <RowInput
            key={sub.name} id={`${base}-${key}-${sub.name}`} sub={sub} row={row} index={index} values={values} error={errors[rowErrorName(field.name, key, sub.name)]}
            onChange={(value) => set(changeRow(spec, rows, key, { [sub.name]: value }))}
          />
        ))}
        <ActionButton verdict={spec.remove.allowed?.(row) ?? ALLOWED} onClick={() => set(removeRow(spec, rows, key))} className="button-secondary mb-5 h-9" testId={spec.testIds.remove}>
          {t(spec.remove.labelKey)}
        </ActionButton>
      </li>
    );
  };

  const table = (
    <>
      {intro && <p className="text-sm" data-testid={intro.testId}>{say(intro)}</p>}
      {rows.length === 0 && spec.emptyKey && <p className="text-sm text-muted">{t(spec.emptyKey)}</p>}
      <ul className="space-y-3">{rows.map(view)}</ul>
      <ActionButton verdict={spec.add.allowed(rows, values)} onClick={() => set([...rows, spec.add.row(rows, values)])} testId={spec.testIds.add}>
        {t(spec.add.labelKey)}
      </ActionButton>
      {error && <p role="alert" className="text-sm text-danger" data-testid={spec.testIds.error}>{t(error.key, error.values)}</p>}
    </>
  );
  if (!spec.legend) return table;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t(field.labelKey)}</legend>
      {table}
    </fieldset>
  );
}
