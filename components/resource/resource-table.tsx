'use client';

import { memo, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import type { SortOrder } from '@/lib/resources/core/list-state';
import type { Action, Column, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionMenu } from './action-menu';
import { CellView } from './cell-view';
import { ObjectTaskProgress } from './task-progress';

/** Sorting of the table: the current field and order, and what clicking a header does. */
export interface TableSort {
  field?: string;
  order: SortOrder;
  onSort: (field: string) => void;
}

/** Row selection of the table. */
export interface TableSelection {
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (ids: string[], on: boolean) => void;
}

interface RowProps<T> {
  resource: ResourceDeclaration<T>;
  item: T;
  columns: readonly Column<T>[];
  selected?: boolean;
  onSelect?: (id: string, on: boolean) => void;
  onAction?: (action: Action<T>, item: T) => void;
}

function RowView<T>({ resource, item, columns, selected, onSelect, onAction }: RowProps<T>) {
  const t = useT();
  const id = resource.rowKey(item);
  const name = resource.nameOf(item);
  const actions = resource.actionsFor?.(item) ?? resource.actions;
  let progressShown = false;
  return (
    <tr data-row-key={id} data-testid="resource-row" aria-selected={onSelect ? !!selected : undefined} className={`border-t border-border ${selected ? 'bg-accent/5' : ''}`}>
      {onSelect && (
        <td className="w-10 px-3 py-2">
          <input type="checkbox" className="size-4" aria-label={t('resource.select.row', { name })} checked={!!selected} onChange={(e) => onSelect(id, e.target.checked)} />
        </td>
      )}
      {columns.map((column) => {
        const cell = column.cell(item);
        const withProgress = cell.kind === 'status' && !progressShown;
        progressShown ||= withProgress;
        return (
          <td key={column.id} className="px-3 py-2 align-top" data-column={column.id}>
            <CellView cell={cell} status={resource.status} />
            {withProgress && <ObjectTaskProgress objectId={id} />}
          </td>
        );
      })}
      {onAction && (
        <td className="px-3 py-2 text-right align-top">
          <ActionMenu item={item} name={name} actions={actions} onAction={(action) => onAction(action, item)} />
        </td>
      )}
    </tr>
  );
}

// A refresh hands unchanged items back as the same objects (structural sharing), so their rows skip rendering.
const Row = memo(RowView) as typeof RowView;

/**
 * The table of a resource: the chosen columns, sortable headers (server-side
 * sort), row selection, and each row's action menu. Rows are keyed by the
 * item's id, so a refresh updates rows in place.
 */
export function ResourceTable<T>({ resource, items, columns, caption, sort, selection, onAction, empty, stale }: {
  resource: ResourceDeclaration<T>;
  items: readonly T[];
  columns: readonly Column<T>[];
  caption: string;
  sort?: TableSort;
  selection?: TableSelection;
  onAction?: (action: Action<T>, item: T) => void;
  empty: ReactNode;
  /** The previous view's rows, shown (dimmed) while the new page, filter or sort loads. */
  stale?: boolean;
}) {
  const t = useT();
  const ids = items.map(resource.rowKey);
  const allSelected = !!selection && ids.length > 0 && ids.every((id) => selection.selected.has(id));
  return (
    <div className={`overflow-x-auto rounded-lg border border-border transition-opacity ${stale ? 'opacity-60' : ''}`} data-stale={stale || undefined}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface text-xs text-muted">
          <tr>
            {selection && (
              <th scope="col" className="w-10 px-3 py-2">
                <input type="checkbox" className="size-4" aria-label={t('resource.select.page')} checked={allSelected} onChange={(e) => selection.setAll(ids, e.target.checked)} />
              </th>
            )}
            {columns.map((column) => {
              const sorted = sort && column.sort && sort.field === column.sort;
              return (
                <th key={column.id} scope="col" className="px-3 py-2 font-medium whitespace-nowrap" aria-sort={sorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {sort && column.sort ? (
                    <button type="button" className="inline-flex items-center gap-1 hover:text-foreground" onClick={() => sort.onSort(column.sort!)} title={t('resource.sort.by', { column: t(column.labelKey) })}>
                      {t(column.labelKey)}
                      <span aria-hidden="true">{sorted ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  ) : (
                    t(column.labelKey)
                  )}
                </th>
              );
            })}
            {onAction && (
              <th scope="col" className="px-3 py-2 text-right font-medium">
                <span className="sr-only">{t('resource.actions.label')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <Row
              key={resource.rowKey(item)}
              resource={resource}
              item={item}
              columns={columns}
              selected={selection?.selected.has(resource.rowKey(item))}
              onSelect={selection?.toggle}
              onAction={onAction}
            />
          ))}
          {items.length === 0 && (
            <tr>
              <td colSpan={columns.length + (selection ? 1 : 0) + (onAction ? 1 : 0)} className="px-3 py-10 text-center text-muted" data-testid="resource-empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
