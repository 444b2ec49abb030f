'use client';

import { useT } from '@/lib/i18n/client';
import type { FieldError, FormField } from '@/lib/resources/core/types';
import { Field, invalidProps } from './field';
import { OptionItems } from './option-items';
import { useFieldChoices } from './use-field-choices';

/**
 * The select of a declared form field: its choices are read for the form's
 * current values (useFieldChoices), and a value no longer among them still
 * shows until the person picks another.
 */
export function ChoiceSelect({ id, field, values, error, onChange }: {
  id: string;
  field: FormField;
  values: Record<string, string>;
  error?: FieldError;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const { source, loaded, options } = useFieldChoices(field, values);
  const value = values[field.name] ?? '';
  const hintKey = field.emptyHintKey && loaded.isSuccess && !options.length ? field.emptyHintKey : field.hintKey;
  const placeholderKey = !source && field.unknownKey ? field.unknownKey : field.placeholderKey;
  return (
    <Field id={id} label={t(field.labelKey)} error={error} hint={hintKey && t(hintKey)}>
      <select
        id={id} name={field.name} className="text-input" value={value} onChange={(e) => onChange(e.target.value)}
        aria-busy={loaded.isFetching || undefined} data-testid={field.testId} {...invalidProps(id, error)}
      >
        <option value="">{loaded.isFetching ? t('resource.filter.loading') : placeholderKey ? t(placeholderKey) : t('resource.filter.all')}</option>
        {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
        <OptionItems options={options} />
      </select>
      {loaded.isError && <span className="text-xs text-danger">{t('resource.filter.loadFailed')}</span>}
    </Field>
  );
}
