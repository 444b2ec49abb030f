'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import type { Action, RelatedList } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { ActionDialogs } from './action-dialogs';
import { ErrorNotice } from './error-notice';
import { ResourceTable } from './resource-table';
import { useActionRunner } from './use-action-runner';
import { useCachedRead } from './use-cached-read';
import { usePolledQuery } from './use-polled-query';

/**
 * The objects that belong to an item (a server's snapshots), with their row
 * actions, what the list says about them, and the item's action that adds
 * one (through `request`, the item's own runner). Refreshes fast while one
 * of them is transitional.
 */
export function RelatedListView<T, R, C>({ related, item, name, request }: {
  related: RelatedList<T, R, C>;
  item: T;
  name: string;
  request: (action: Action<T>) => void;
}) {
  const t = useT();
  const session = useSessionUser();
  const read = useCachedRead();
  const { resource } = related;
  const listQuery = related.query(item);
  const { query } = usePolledQuery({
    queryKey: resource.list.key(listQuery),
    queryFn: ({ signal }) => resource.list.fetch(listQuery, signal, { read, session }),
    statusesOf: (page) => page.items.map(resource.status.of),
    transitional: resource.status.transitional,
  });
  const source = related.context?.(item);
  const context = useQuery({ queryKey: source?.key ?? ['related-context'], queryFn: source ? ({ signal }) => source.fetch({ read, signal }) : skipToken });
  const items = query.data?.items ?? [];
  const summary = related.summary?.(items, context.data);
  const add = related.add?.(items, context.data);
  const runner = useActionRunner(resource);
  return (
    <section className="space-y-3" data-testid={related.testIds?.list}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {summary && <p className="text-sm" data-testid={related.testIds?.summary}>{t(summary.key, summary.values)}</p>}
        {add && (
          <ActionButton verdict={query.data ? add.allowed(item, session) : { ok: false, why: 'state', reason: 'resource.list.loading' }} onClick={() => request(add)} className="button-primary h-9" testId={related.testIds?.add}>
            {t(add.labelKey)}
          </ActionButton>
        )}
      </div>
      <ActionDialogs runner={runner} resource={resource} />
      {query.isError && <ErrorNotice title={t(related.loadFailedKey)} error={query.error} />}
      {query.data && (
        <ResourceTable
          resource={resource}
          items={items}
          columns={resource.columns}
          caption={t(related.captionKey, { name })}
          onAction={(action, row) => runner.request(action, [row])}
          empty={t(related.emptyKey)}
        />
      )}
    </section>
  );
}
