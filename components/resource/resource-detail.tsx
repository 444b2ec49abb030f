'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Suspense, useCallback } from 'react';
import { MessagePanel } from '@/components/message-panel';
import { ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import type { Action, DetailTable, DetailView, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionDialogs } from './action-dialogs';
import { DetailActions } from './detail-actions';
import { DetailPart } from './detail-parts';
import { DetailTabs } from './detail-tabs';
import { ErrorNotice } from './error-notice';
import { StatusBadge } from './status-badge';
import { ObjectTaskProgress } from './task-progress';
import { useActionRunner, type ActionAttempt, type RunnerTarget } from './use-action-runner';
import { useDetailItem } from './use-detail-item';

/** What the detail page needs of a resource: only where the item is taken, never produced, so a declaration of a narrower item serves a wider detail. */
export type DetailResource<T> = RunnerTarget<T> & Pick<ResourceDeclaration<T>, 'status' | 'nav' | 'actions' | 'actionsFor'>;

/**
 * The detail page of any declared resource: its name and status with the
 * task working on it, its actions (refused ones say why), its sections and
 * tabs. It refreshes by state like the list; an item that is gone says so
 * with a way back, and so does one whose action removed it (or the page goes
 * back to the list, after the actions the view names).
 */
export function ResourceDetail<T>({ resource, detail, id }: {
  resource: DetailResource<T>;
  detail: DetailView<T>;
  id: string;
}) {
  const t = useT();
  const router = useRouter();
  const { query, item } = useDetailItem(detail, resource.status, id);
  const words = { breadcrumb: 'resource.detail.breadcrumb', back: 'resource.detail.back', notFound: 'resource.detail.notFound', notFoundBody: 'resource.detail.notFoundBody', loadFailed: 'resource.detail.loadFailed', ...detail.messages } as const;
  const listPath = resource.nav?.path ?? '/';
  const back = resource.nav && (
    <Link href={listPath} className="button-secondary">
      {t(words.back, { list: t(resource.nav.labelKey) })}
    </Link>
  );
  const { leaveAfter } = detail;
  const afterAction = useCallback(
    (attempt: ActionAttempt<T>) => (leaveAfter?.includes(attempt.action.id) ? router.push(listPath) : void query.refetch()),
    [leaveAfter, router, listPath, query],
  );
  const runner = useActionRunner(resource, afterAction);

  // Gone (deleted for good, here or elsewhere) says so even over what was shown before.
  const missing = query.isError && query.error instanceof ApiError && query.error.status === 404;
  if (missing || (query.isError && !item)) {
    return missing ? (
      <MessagePanel testId={detail.testIds?.notFound ?? 'resource-not-found'} title={t(words.notFound)} body={t(words.notFoundBody)} action={back} />
    ) : (
      <ErrorNotice title={t(words.loadFailed)} error={query.error}>
        <button type="button" className="button-secondary h-8" onClick={() => void query.refetch()}>{t('common.retry')}</button>
      </ErrorNotice>
    );
  }
  if (!item) return <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>;

  const name = resource.nameOf(item);
  const prefix = detail.testIds?.action ?? 'detail-action-';
  const run = (action: Action<T>) => runner.request(action, [item]);
  const tableActions = (table: DetailTable<T>) => table.actions && (
    <DetailActions actions={table.actions(item)} item={item} name={name} prefix={prefix} onRun={run} className="button-secondary h-8" />
  );
  return (
    <section className="space-y-4" data-testid="resource-detail" data-row-key={resource.rowKey(item)}>
      {resource.nav && (
        <nav aria-label={t(words.breadcrumb)} className="text-sm">
          <Link href={listPath} className="text-accent hover:underline">{t(resource.nav.labelKey)}</Link>
        </nav>
      )}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold break-all">{name}</h1>
            <StatusBadge status={resource.status.of(item)} model={resource.status} />
          </div>
          <ObjectTaskProgress objectId={resource.rowKey(item)} />
        </div>
        <div role="toolbar" aria-label={t('resource.actions.label')} className="flex flex-wrap gap-2">
          <DetailActions actions={detail.actionsFor?.(item) ?? resource.actionsFor?.(item) ?? resource.actions} item={item} name={name} prefix={prefix} onRun={run} />
        </div>
      </header>
      <ActionDialogs runner={runner} resource={resource} />
      {query.isError && <ErrorNotice title={t('resource.list.refreshFailed')} error={query.error} />}
      {detail.sections.map((section) => <DetailPart key={section.id} part={section} item={item} status={resource.status} tableActions={tableActions} />)}
      {detail.tabs && (
        // The tabs read the URL's search params.
        <Suspense fallback={null}>
          <DetailTabs
            tabs={detail.tabs}
            label={detail.messages?.tabs ? t(detail.messages.tabs) : name}
            item={item}
            itemId={resource.rowKey(item)}
            name={name}
            status={resource.status}
            request={run}
            tableActions={tableActions}
          />
        </Suspense>
      )}
    </section>
  );
}
