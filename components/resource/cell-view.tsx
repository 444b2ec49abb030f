'use client';

import Link from 'next/link';
import { formatDateTime, formatPercent, formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { Cell, StatusModel } from '@/lib/resources/core/types';
import { StatusBadge } from './status-badge';

/** One table cell, formatted for the UI language from the declaration's data. */
export function CellView({ cell, status }: { cell: Cell; status: Pick<StatusModel<unknown>, 'labelKey' | 'tone'> }) {
  const t = useT();
  const locale = useLocale();
  const empty = <span className="text-muted">{t('format.empty')}</span>;
  switch (cell.kind) {
    case 'text':
      return cell.text ? <span className={cell.mono ? 'font-mono text-xs' : undefined}>{cell.text}</span> : empty;
    case 'link':
      return (
        <Link href={cell.href} className="font-medium text-accent hover:underline">
          {cell.text}
        </Link>
      );
    case 'status':
      return <StatusBadge status={cell.status} model={status} />;
    case 'sizeMb':
      return <span className="whitespace-nowrap">{formatSizeMb(cell.mb, locale)}</span>;
    case 'datetime':
      return <span className="whitespace-nowrap">{formatDateTime(cell.value, locale)}</span>;
    case 'lines':
      return cell.lines.length ? (
        <span className={`flex flex-col ${cell.mono ? 'font-mono text-xs' : ''}`}>
          {cell.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </span>
      ) : (
        empty
      );
    case 'message': {
      const said = Object.fromEntries(Object.entries(cell.valueKeys ?? {}).map(([name, key]) => [name, t(key)]));
      return <span className="whitespace-nowrap">{t(cell.key, { ...cell.values, ...said })}</span>;
    }
    case 'meter':
      return <span className="whitespace-nowrap">{formatPercent(cell.ratio, locale, 1)}</span>;
    case 'links':
      return (
        <span className="flex flex-wrap gap-x-3 gap-y-1">
          {cell.links.map((link) => (
            <Link key={link.href} href={link.href} className="whitespace-nowrap text-accent hover:underline">
              {t(link.key)}
            </Link>
          ))}
        </span>
      );
  }
}
