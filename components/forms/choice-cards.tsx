'use client';

import { useT } from '@/lib/i18n/client';
import type { FieldError, FilterOption, FormField } from '@/lib/resources/core/types';
import { FieldErrorText } from './field';
import { useOptionLabel } from './option-items';
import { useFieldChoices } from './use-field-choices';
import { useSay } from './use-say';

/** The radio cards of a declared `cards` field (an image, a storage tag): each choice with its note, read like a select's. */
export function ChoiceCards({ field, values, error, onChange }: {
  field: FormField;
  values: Record<string, string>;
  error?: FieldError;
  onChange: (value: string, option: FilterOption | undefined) => void;
}) {
  const t = useT();
  const say = useSay();
  const label = useOptionLabel();
  const { source, loaded, options } = useFieldChoices(field, values);
  if (source && loaded.isPending) return <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>;
  const value = values[field.name] ?? '';
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t(field.labelKey)}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className={`flex cursor-pointer gap-2 rounded-md border p-3 text-sm ${value === o.value ? 'border-accent bg-accent/5' : 'border-border'}`}>
            <input type="radio" name={field.name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value, o)} className="mt-0.5" />
            <span>
              <span className="block font-medium">{label(o)}</span>
              {o.note && <span className="block text-xs text-muted">{say(o.note)}</span>}
            </span>
          </label>
        ))}
      </div>
      {loaded.isError && <p className="text-xs text-danger">{t('resource.filter.loadFailed')}</p>}
      <FieldErrorText error={error} />
    </fieldset>
  );
}
