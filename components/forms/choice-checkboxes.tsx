'use client';

import { useT } from '@/lib/i18n/client';
import { choiceList, toggleChoice } from '@/lib/resources/core/choice-list';
import type { FieldError, FormField } from '@/lib/resources/core/types';
import { errorId, FieldErrorText } from './field';
import { useOptionLabel } from './option-items';
import { useFieldChoices } from './use-field-choices';

/**
 * The checkboxes of a declared form field (several choices: the AZs an image
 * or a tenant is in), their choices read like a select's. The value is the
 * ticked choices' values, comma-separated (lib/resources/core/choice-list).
 */
export function ChoiceCheckboxes({ id, field, values, error, onChange }: {
  id: string;
  field: FormField;
  values: Record<string, string>;
  error?: FieldError;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const label = useOptionLabel();
  const { source, loaded, options } = useFieldChoices(field, values);
  const value = values[field.name];
  const ticked = choiceList(value);
  const order = options.map((o) => o.value);
  return (
    <fieldset className="space-y-1" aria-describedby={error ? errorId(id) : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{t(field.labelKey)}</legend>
      {source && loaded.isPending && <p className="text-xs text-muted">{t(field.choicesKeys?.loading ?? 'resource.filter.loading')}</p>}
      {loaded.isError && <p className="text-xs text-danger">{t(field.choicesKeys?.failed ?? 'resource.filter.loadFailed')}</p>}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox" name={field.name} value={o.value} checked={ticked.includes(o.value)}
              onChange={(e) => onChange(toggleChoice(value, o.value, e.target.checked, order))}
            />
            {label(o)}
          </label>
        ))}
      </div>
      {field.hintKey && <p className="text-xs text-muted">{t(field.hintKey)}</p>}
      <FieldErrorText id={id} error={error} />
    </fieldset>
  );
}
