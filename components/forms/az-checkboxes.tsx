'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { errorId, FieldErrorText } from './field';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/core/lookups';
import type { FieldError } from '@/lib/resources/core/types';

/** A choice of AZs (资源池) as checkboxes over the AZs the user may use (an image's, a tenant's). */
export function AzCheckboxes({ value, onChange, legend, hint, error, disabled }: {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  legend: string;
  hint?: string;
  error?: FieldError;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  const azs = useQuery(azsQuery);
  const toggle = (azId: string, on: boolean) => onChange(on ? [...value, azId] : value.filter((v) => v !== azId));
  return (
    <fieldset className="space-y-1" aria-describedby={error ? errorId(id) : undefined} aria-invalid={error ? true : undefined} disabled={disabled}>
      <legend className="text-sm font-medium">{legend}</legend>
      {azs.isPending && <p className="text-xs text-muted">{t('forms.azs.loading')}</p>}
      {azs.isError && <p className="text-xs text-danger">{t('forms.azs.failed')}</p>}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {azs.data?.items.map((az) => (
          <label key={az.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="azs" value={az.id} checked={value.includes(az.id)} onChange={(e) => toggle(az.id, e.target.checked)} />
            {az.name}
          </label>
        ))}
      </div>
      {hint && <p className="text-xs text-muted">{hint}</p>}
      <FieldErrorText id={id} error={error} />
    </fieldset>
  );
}
