'use client';

import { useCallback, useId, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import type { Column } from '@/lib/resources/core/types';
import { useDismiss } from './use-dismiss';

/** Picks which columns the list shows; the choice is remembered (useColumnChoice). */
export function ColumnChooser<T>({ columns, visible, onChange, onReset }: {
  columns: readonly Column<T>[];
  visible: ReadonlySet<string>;
  onChange: (id: string, show: boolean) => void;
  onReset: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useDismiss(open, ref, useCallback(() => setOpen(false), []));
  return (
    <div ref={ref} className="relative">
      <button type="button" className="button-secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {t('resource.columns.button')}
      </button>
      {open && (
        <fieldset id={panelId} className="absolute right-0 z-30 mt-1 w-56 rounded-md border border-border bg-background p-3 shadow-lg">
          <legend className="sr-only">{t('resource.columns.legend')}</legend>
          <ul className="space-y-1.5">
            {columns.map((column) => (
              <li key={column.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" className="size-4" checked={visible.has(column.id)} disabled={column.required} onChange={(e) => onChange(column.id, e.target.checked)} />
                  {t(column.labelKey)}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="mt-3 text-xs text-accent hover:underline" onClick={onReset}>
            {t('resource.columns.reset')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
