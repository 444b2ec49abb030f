'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';
import type { FormFilter } from '@/lib/resources/core/url-list';

const control = 'text-input h-9 w-auto min-w-36 text-sm';

/** A labelled control; the label is not wrapped around it, so a select's name is the label alone. */
function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs text-muted">{label}</label>
      {children}
    </div>
  );
}

function SelectFilter({ filter, id, value }: { filter: FormFilter; id: string; value: string | undefined }) {
  const t = useT();
  const loaded = useQuery({
    queryKey: filter.load?.key ?? ['form-filter', filter.name],
    queryFn: ({ signal }) => filter.load!.fetch(signal),
    enabled: !!filter.load,
    staleTime: filter.load?.staleTime,
  });
  const fixed = filter.options?.(value) ?? [];
  const choices = filter.load ? loaded.data ?? [] : fixed;
  const kept = filter.load && value && !choices.some((c) => c.value === value);
  return (
    // Remounted once the choices are read, so the view's value is selected among them.
    <select id={id} name={filter.name} defaultValue={value ?? ''} className={control} key={filter.load && loaded.data ? 'loaded' : 'loading'}>
      <option value="">{filter.anyKey ? t(filter.anyKey) : ''}</option>
      {kept && <option value={value}>{value}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>{choice.labelKey ? t(choice.labelKey) : choice.label ?? choice.value}</option>
      ))}
    </select>
  );
}

/**
 * A declared list's filters (lib/resources/core/url-list) as one search
 * form, applied together: `onApply` gets the values by filter name (a
 * datetime's in the list's own format). Uncontrolled inputs: the caller
 * remounts the form when the view changes.
 */
export function FormFilters({ filters, values, labelKey, applyKey, resetKey, onApply, onReset }: {
  filters: readonly FormFilter[];
  values: Readonly<Record<string, string | undefined>>;
  labelKey: MessageKey;
  applyKey: MessageKey;
  resetKey: MessageKey;
  onApply: (values: Record<string, string>) => void;
  onReset: () => void;
}) {
  const t = useT();
  const base = useId();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onApply(Object.fromEntries(filters.map((f) => {
      const typed = String(form.get(f.name) ?? '');
      return [f.name, f.input ? f.input.value(typed) : typed];
    })));
  };
  return (
    <form role="search" aria-label={t(labelKey)} className="flex flex-wrap items-end gap-3" onSubmit={apply}>
      {filters.map((filter) => {
        const id = `${base}-${filter.name}`;
        return (
          <Labelled key={filter.name} id={id} label={t(filter.labelKey)}>
            {filter.kind === 'select' ? (
              <SelectFilter filter={filter} id={id} value={values[filter.name]} />
            ) : (
              <input id={id} type="datetime-local" step={1} name={filter.name} defaultValue={filter.input ? filter.input.of(values[filter.name]) : values[filter.name]} className={control} />
            )}
          </Labelled>
        );
      })}
      <div className="flex gap-2">
        <button type="submit" className="button-primary h-9">{t(applyKey)}</button>
        <button type="button" className="button-secondary" onClick={onReset}>{t(resetKey)}</button>
      </div>
    </form>
  );
}
