'use client';

import { useT } from '@/lib/i18n/client';
import type { FieldError, FilterOption, FormField } from '@/lib/resources/core/types';
import { Field, invalidProps } from './field';
import { OptionItems } from './option-items';
import { useFieldChoices } from './use-field-choices';

/**
 * The select of a declared form field: its choices are read for the form's
 * current values (useFieldChoices), and a value no longer among them still
 * shows until the person picks another. A row of a rows field gives its own
 * value and words (`value`, `text`).
 */
export function ChoiceSelect({ id, field, values, value = values[field.name] ?? '', text, error, onChange }: {
  id: string;
  field: Pick<FormField, 'name' | 'labelKey' | 'choices' | 'options' | 'placeholderKey' | 'hintKey' | 'hintValues' | 'unknownKey' | 'emptyHintKey' | 'testId'>;
  values: Record<string, string>;
  value?: string;
  text?: { label: string; hint?: string; placeholder: string };
  error?: FieldError;
  onChange: (value: string, option: FilterOption | undefined) => void;
}) {
  const t = useT();
  const { source, loaded, options } = useFieldChoices(field, values);
  const hintKey = field.emptyHintKey && loaded.isSuccess && !options.length ? field.emptyHintKey : field.hintKey;
  const placeholderKey = !source && field.unknownKey ? field.unknownKey : field.placeholderKey;
  return (
    <Field id={id} label={text?.label ?? t(field.labelKey)} error={error} hint={text ? text.hint : hintKey && t(hintKey, field.hintValues)}>
      <select
        id={id} name={field.name} className="text-input" value={value} onChange={(e) => onChange(e.target.value, options.find((o) => o.value === e.target.value))}
        aria-busy={loaded.isFetching || undefined} data-testid={field.testId} {...invalidProps(id, error)}
      >
        <option value="">{loaded.isFetching ? t('resource.filter.loading') : text?.placeholder ?? (placeholderKey ? t(placeholderKey) : t('resource.filter.all'))}</option>
        {value && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
        <OptionItems options={options} />
      </select>
      {loaded.isError && <span className="text-xs text-danger">{t('resource.filter.loadFailed')}</span>}
    </Field>
  );
}
