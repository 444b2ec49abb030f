'use client';

import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { lastPage, listStateToQuery, PAGE_SIZES, type ListSpec } from '@/lib/resources/core/list-state';
import type { Action, CreateResult, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionDialogs } from './action-dialogs';
import { BulkBar } from './bulk-bar';
import { ColumnChooser } from './column-chooser';
import { CreateEntry } from './create-entry';
import { ErrorNotice } from './error-notice';
import { FilterBar } from './filter-bar';
import { Pagination } from './pagination';
import { RefreshState } from './refresh-state';
import { ResourceTable } from './resource-table';
import { useActionRunner } from './use-action-runner';
import { useCachedRead } from './use-cached-read';
import { useColumnChoice } from './use-column-choice';
import { useListUrlState } from './use-list-url-state';
import { usePolledQuery } from './use-polled-query';

/** A dialog of the page's own for one item, by action id: for an action the declared confirm/form dialogs cannot hold (a file, choices read from the console). */
export type PageActionDialog<T> = (props: { item: T; close: () => void }) => ReactNode;

/**
 * The list view of any declared resource: server-side paging, sorting and
 * filters kept in the URL, a remembered column choice, row selection with bulk
 * actions (when the resource has any), row actions with confirmation, and refreshes by state that keep
 * the rows and the selection in place. One page view is one list request.
 * Render inside <Suspense> (it reads the URL's search params).
 */
export function ResourceList<T>({ resource, title, toolbar, caption, actionDialogs }: {
  resource: ResourceDeclaration<T>;
  title: string;
  toolbar?: ReactNode;
  caption: string;
  /** Row actions the page runs in its own dialog, by action id; the others run through the declared dialogs. */
  actionDialogs?: Readonly<Record<string, PageActionDialog<T>>>;
}) {
  const t = useT();
  const session = useSessionUser();
  const filters = useMemo(() => resource.filters.filter((f) => !f.roles || f.roles.includes(session.role)), [resource, session.role]);
  const roleColumns = useMemo(() => resource.columns.filter((c) => !c.roles || c.roles.includes(session.role)), [resource, session.role]);
  const spec: ListSpec = useMemo(
    () => ({ pageSizes: resource.pageSizes ?? PAGE_SIZES, sortable: roleColumns.flatMap((c) => (c.sort ? [c.sort] : [])), filters }),
    [resource, roleColumns, filters],
  );
  const { state, change } = useListUrlState(spec);
  const query = useMemo(() => listStateToQuery(state), [state]);
  const read = useCachedRead();
  const { query: list, interval } = usePolledQuery({
    queryKey: resource.list.key(query),
    queryFn: ({ signal }) => resource.list.fetch(query, signal, { read, session }),
    statusesOf: (page) => page.items.map(resource.status.of),
    transitional: resource.status.transitional,
    keepPrevious: true,
  });
  const columnChoice = useColumnChoice(resource.kind, roleColumns);
  const columns = useMemo(() => roleColumns.filter((c) => columnChoice.visible.has(c.id)), [roleColumns, columnChoice.visible]);

  // Selection belongs to one view: another page, filter or sort starts with none; a refresh keeps it.
  const viewId = JSON.stringify(query);
  const [selection, setSelection] = useState<{ view: string; ids: ReadonlySet<string> }>({ view: viewId, ids: new Set() });
  const selected = selection.view === viewId ? selection.ids : new Set<string>();
  const select = useCallback((ids: string[], on: boolean) => {
    setSelection((prev) => {
      const next = new Set(prev.view === viewId ? prev.ids : []);
      for (const id of ids) if (on) next.add(id); else next.delete(id);
      return { view: viewId, ids: next };
    });
  }, [viewId]);
  const clearSelection = useCallback(() => setSelection({ view: viewId, ids: new Set() }), [viewId]);
  const toggle = useCallback((id: string, on: boolean) => select([id], on), [select]);
  const afterAction = useCallback((attempt: { items: T[] }) => attempt.items.length > 1 && clearSelection(), [clearSelection]);
  const runner = useActionRunner(resource, afterAction);
  // Rows are selectable only when some action can run on several at once.
  const bulk = resource.actions.some((action) => action.runMany);
  const { request } = runner;

  const items = list.data?.items ?? [];
  const selectedItems = items.filter((item) => selected.has(resource.rowKey(item)));
  const total = list.data?.total ?? 0;
  const beyondEnd = !!list.data && total > 0 && items.length === 0;
  const [pageDialog, setPageDialog] = useState<{ id: string; item: T } | null>(null);
  const [created, setCreated] = useState<CreateResult['done']>();
  const onRowAction = useCallback(
    (action: Action<T>, item: T) => {
      if (!actionDialogs?.[action.id]) return request(action, [item]);
      if (action.allowed(item, session).ok) setPageDialog({ id: action.id, item });
    },
    [request, actionDialogs, session],
  );

  return (
    <section className="space-y-4" aria-busy={list.isFetching}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <RefreshState interval={interval} fetching={list.isFetching} onRefresh={() => void list.refetch()} />
          <ColumnChooser columns={roleColumns} visible={columnChoice.visible} onChange={columnChoice.setVisible} onReset={columnChoice.reset} />
          {toolbar}
          <CreateEntry resource={resource} filters={state.filters} onDone={setCreated} />
        </div>
      </div>
      {created && (
        <p role="status" className="rounded-md border border-border px-3 py-2 text-sm" data-testid={resource.create?.testIds.done ?? 'create-done'}>
          {t(created.key, created.values)}
        </p>
      )}
      <FilterBar filters={filters} values={state.filters} onChange={(param, value, history) => change({ type: 'filter', param, value }, history)} />
      <ActionDialogs runner={runner} resource={resource} />
      {pageDialog && actionDialogs?.[pageDialog.id]?.({ item: pageDialog.item, close: () => setPageDialog(null) })}
      {selectedItems.length > 0 && (
        <BulkBar resource={resource} items={selectedItems} onAction={(action) => request(action, selectedItems)} onClear={clearSelection} />
      )}
      {list.isError && (
        <ErrorNotice title={t(list.data ? 'resource.list.refreshFailed' : 'resource.list.loadFailed')} error={list.error}>
          <button type="button" className="button-secondary h-8" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </ErrorNotice>
      )}
      {list.data ? (
        <>
          <ResourceTable
            resource={resource}
            items={items}
            columns={columns}
            caption={caption}
            sort={{ field: state.sort, order: state.order, onSort: (field) => change({ type: 'sort', sort: field }) }}
            selection={bulk ? { selected, toggle, setAll: select } : undefined}
            onAction={onRowAction}
            stale={list.isPlaceholderData}
            empty={
              beyondEnd ? (
                <button type="button" className="text-accent hover:underline" onClick={() => change({ type: 'page', page: lastPage(total, state.pageSize) })}>
                  {t('resource.list.beyondEnd')}
                </button>
              ) : (
                t(Object.keys(state.filters).length ? 'resource.list.noMatch' : 'resource.list.empty')
              )
            }
          />
          <Pagination
            page={state.page}
            pageSize={state.pageSize}
            total={total}
            pageSizes={spec.pageSizes}
            onPage={(page) => change({ type: 'page', page })}
            onPageSize={(pageSize) => change({ type: 'pageSize', pageSize })}
          />
        </>
      ) : (
        !list.isError && (
          <p role="status" className="rounded-lg border border-border px-3 py-10 text-center text-sm text-muted">
            {t('resource.list.loading')}
          </p>
        )
      )}
    </section>
  );
}
