'use client';

import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import type { UsageRow, UsageTableSpec } from '@/lib/resources/core/scoped-page';
import { UsageMeter } from './usage-meter';
import { useFigure } from './use-figure';

/** A titled table of declared usage rows (lib/resources/core/scoped-page): each resource with its use and a meter of its share. */
export function UsageTable({ spec, id, title, rows, action }: { spec: UsageTableSpec; id: string; title: string; rows: readonly UsageRow[]; action?: ReactNode }) {
  const t = useT();
  const words = useFigure();
  const headingId = `${spec.idPrefix}-${id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-border p-4" data-testid={spec.testId} {...{ [`data-${spec.attrs.table}`]: id }}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {action}
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{t(spec.captionKey, { az: title })}</caption>
        <thead className="text-left text-xs text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t(spec.columns.label)}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t(spec.columns.usage)}</th>
            <th scope="col" className="w-2/5 py-1 font-medium">{t(spec.columns.meter)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = words(row.label);
            return (
              <tr key={row.key} {...{ [`data-${spec.attrs.row}`]: row.key }} className="border-t border-border align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {name}
                </th>
                <td className="whitespace-nowrap py-2 pr-3" data-testid={spec.usageTestId}>
                  {words(row.usage)}
                </td>
                <td className="py-2">
                  {'ratio' in row.meter ? <UsageMeter id={row.key} label={name} ratio={row.meter.ratio} /> : <span className="text-muted">{t(row.meter.noteKey)}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
