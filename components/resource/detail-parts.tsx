'use client';

import type { ReactNode } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { Cell, DetailSection, DetailTable, StatusModel } from '@/lib/resources/core/types';
import { CellView } from './cell-view';
import { DetailsGrid } from './details-grid';
import { UsageMeter } from './usage-meter';

type Status = Pick<StatusModel<unknown>, 'labelKey' | 'tone'>;

/** A section as meters (a server's use), or what it says when there is nothing to show. */
function MetersSection<T>({ section, item }: { section: DetailSection<T>; item: T }) {
  const t = useT();
  const locale = useLocale();
  const detailOf = (cell: Extract<Cell, { kind: 'meter' }>) => {
    if (!cell.detail) return undefined;
    const sizes = Object.fromEntries(Object.entries(cell.detail.mb ?? {}).map(([name, mb]) => [name, formatSizeMb(mb, locale)]));
    return t(cell.detail.key, { ...cell.detail.values, ...sizes });
  };
  return (
    <section className="rounded-lg border border-border p-4" data-testid={section.testId}>
      <h2 className="mb-3 text-base font-semibold">{t(section.titleKey)}</h2>
      {section.shown && !section.shown(item) ? (
        <p className="text-sm text-muted">{section.noneKey && t(section.noneKey)}</p>
      ) : (
        <div className="grid gap-4 sm:grid-cols-3">
          {section.fields.map((field) => {
            const cell = field.cell(item);
            return cell.kind === 'meter' && <UsageMeter key={field.id} id={field.id} label={t(field.labelKey)} ratio={cell.ratio} detail={detailOf(cell)} />;
          })}
        </div>
      )}
    </section>
  );
}

/** A table of the item's parts, with the buttons that change them next to its title. */
function TablePart<T>({ table, item, status, actions }: { table: DetailTable<T>; item: T; status: Status; actions?: ReactNode }) {
  const t = useT();
  const caption = t(table.titleKey);
  return (
    <section className="rounded-lg border border-border" data-testid={table.testId}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 pt-4">
        <h2 className="text-base font-semibold">{caption}</h2>
        {actions}
      </div>
      <div className="overflow-x-auto p-4 pt-2">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-xs text-muted">
            <tr>{table.columns.map((column) => <th key={column.id} scope="col" className="py-1 pr-4 font-medium">{t(column.labelKey)}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows(item).map((row, i) => (
              <tr key={i} className="border-t border-border">
                {row.map((cell, j) => <td key={table.columns[j]?.id ?? j} className="py-1.5 pr-4"><CellView cell={cell} status={status} /></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * One part of a detail page: labelled values (the fields the person's role
 * gets), meters, or a table; `tableActions` renders a table's buttons.
 */
export function DetailPart<T>({ part, item, status, tableActions }: {
  part: DetailSection<T> | DetailTable<T>;
  item: T;
  status: Status;
  tableActions: (table: DetailTable<T>) => ReactNode;
}) {
  const t = useT();
  const session = useSessionUser();
  if ('rows' in part) return <TablePart table={part} item={item} status={status} actions={tableActions(part)} />;
  if (part.layout === 'meters') return <MetersSection section={part} item={item} />;
  const fields = part.fields.filter((f) => !f.roles || f.roles.includes(session.role));
  return <DetailsGrid title={t(part.titleKey)} items={fields.map((field) => ({ id: field.id, label: t(field.labelKey), value: <CellView cell={field.cell(item)} status={status} /> }))} />;
}
