'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import type { Filter, FilterOption } from '@/lib/resources/core/types';
import { OptionItems } from '@/components/forms/option-items';
import { useCachedRead } from './use-cached-read';

const SEARCH_DELAY_MS = 400;

function SearchFilter({ filter, value, onChange }: { filter: Filter; value: string; onChange: (value: string, history: 'push' | 'replace') => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed under us (Back, a link): show what it says.
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text.trim(), 'replace'), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs text-muted">
        {t(filter.labelKey)}
      </label>
      <input
        id={id}
        type="search"
        className="text-input h-9 w-48"
        value={text}
        placeholder={t('resource.filter.searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && onChange(text.trim(), 'push')}
      />
    </div>
  );
}

function SelectFilter({ filter, value, onChange }: { filter: Filter; value: string; onChange: (value: string) => void }) {
  const t = useT();
  const id = useId();
  const [wanted, setWanted] = useState(false);
  const read = useCachedRead();
  const loaded = useQuery({
    // Under the source's key (so invalidating it covers the choices), apart from the source's own answer.
    queryKey: [...(filter.load?.key ?? ['filter', filter.param]), 'options'],
    queryFn: () => filter.load!.fetch({ read }),
    enabled: !!filter.load && wanted,
    staleTime: 60_000,
  });
  const options: readonly FilterOption[] = filter.options ?? loaded.data ?? [];
  const known = !value || options.some((o) => o.value === value);
  const want = () => setWanted(true);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs text-muted">
        {t(filter.labelKey)}
      </label>
      <select
        id={id}
        className="h-9 max-w-56 rounded-md border border-border bg-background px-2 text-sm"
        value={value}
        onFocus={want}
        onMouseEnter={want}
        onChange={(e) => onChange(e.target.value)}
        aria-busy={loaded.isFetching || undefined}
      >
        <option value="">{t('resource.filter.all')}</option>
        {!known && <option value={value}>{loaded.isFetching ? t('resource.filter.loading') : value}</option>}
        <OptionItems options={options} />
      </select>
      {loaded.isError && <span className="text-xs text-danger">{t('resource.filter.loadFailed')}</span>}
    </div>
  );
}

/**
 * The list's filters. A select whose choices come from SCP (AZs, tenants,
 * VPCs) reads them when first hovered or focused, not with the page.
 */
export function FilterBar({ filters, values, onChange }: {
  filters: readonly Filter[];
  values: Record<string, string>;
  onChange: (param: string, value: string, history: 'push' | 'replace') => void;
}) {
  const t = useT();
  return (
    <div role="search" aria-label={t('resource.filter.label')} className="flex flex-wrap items-end gap-3">
      {filters.map((filter) =>
        filter.kind === 'search' ? (
          <SearchFilter key={filter.param} filter={filter} value={values[filter.param] ?? ''} onChange={(v, h) => onChange(filter.param, v, h)} />
        ) : (
          <SelectFilter key={filter.param} filter={filter} value={values[filter.param] ?? ''} onChange={(v) => onChange(filter.param, v, 'push')} />
        ),
      )}
    </div>
  );
}
