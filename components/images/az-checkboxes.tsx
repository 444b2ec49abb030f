'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { errorId } from '@/components/forms/field';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/lookups';
import type { FieldError } from '@/lib/resources/types';

/** The AZs (资源池) an image is in, as checkboxes over the AZs the user may use. */
export function AzCheckboxes({ value, onChange, error, disabled }: { value: readonly string[]; onChange: (ids: string[]) => void; error?: FieldError; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  const azs = useQuery(azsQuery);
  const toggle = (azId: string, on: boolean) => onChange(on ? [...value, azId] : value.filter((v) => v !== azId));
  return (
    <fieldset className="space-y-1" aria-describedby={error ? errorId(id) : undefined} aria-invalid={error ? true : undefined} disabled={disabled}>
      <legend className="text-sm font-medium">{t('images.field.azs')}</legend>
      {azs.isPending && <p className="text-xs text-muted">{t('images.field.azs.loading')}</p>}
      {azs.isError && <p className="text-xs text-danger">{t('images.field.azs.failed')}</p>}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {azs.data?.items.map((az) => (
          <label key={az.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="azs" value={az.id} checked={value.includes(az.id)} onChange={(e) => toggle(az.id, e.target.checked)} />
            {az.name}
          </label>
        ))}
      </div>
      <p className="text-xs text-muted">{t('images.field.azs.hint')}</p>
      {error && (
        <p id={errorId(id)} className="text-xs text-danger" data-testid="field-error">
          {t(error.key, error.values)}
        </p>
      )}
    </fieldset>
  );
}
