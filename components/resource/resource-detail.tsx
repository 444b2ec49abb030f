'use client';

import Link from 'next/link';
import { useCallback } from 'react';
import { MessagePanel } from '@/components/message-panel';
import { useSessionUser } from '@/components/shell/session-user';
import { ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import type { DetailView, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { ActionDialogs } from './action-dialogs';
import { CellView } from './cell-view';
import { DetailsGrid } from './details-grid';
import { ErrorNotice } from './error-notice';
import { StatusBadge } from './status-badge';
import { ObjectTaskProgress } from './task-progress';
import { useActionRunner } from './use-action-runner';
import { useCachedRead } from './use-cached-read';
import { usePolledQuery } from './use-polled-query';

/**
 * The detail page of any declared resource: its name and status with the
 * task working on it, its actions (refused ones say why), and its sections.
 * It refreshes by state like the list; an item that is gone says so with a
 * way back, and so does one whose action removed it.
 */
export function ResourceDetail<T>({ resource, detail, id }: { resource: ResourceDeclaration<T>; detail: DetailView<T>; id: string }) {
  const t = useT();
  const session = useSessionUser();
  const read = useCachedRead();
  const { query } = usePolledQuery({
    queryKey: detail.read.key(id),
    queryFn: ({ signal }) => detail.read.fetch(id, signal, { read, session }),
    statusesOf: (item) => [resource.status.of(item)],
    transitional: resource.status.transitional,
  });
  const listPath = resource.nav?.path ?? '/';
  const back = resource.nav && (
    <Link href={listPath} className="button-secondary">
      {t('resource.detail.back', { list: t(resource.nav.labelKey) })}
    </Link>
  );
  const afterAction = useCallback(() => void query.refetch(), [query]);
  const runner = useActionRunner(resource, afterAction);
  const item = query.data;

  // Gone (deleted for good, here or elsewhere) says so even over what was shown before.
  const missing = query.isError && query.error instanceof ApiError && query.error.status === 404;
  if (missing || (query.isError && !item)) {
    return missing ? (
      <MessagePanel testId="resource-not-found" title={t('resource.detail.notFound')} body={t('resource.detail.notFoundBody')} action={back} />
    ) : (
      <ErrorNotice title={t('resource.detail.loadFailed')} error={query.error}>
        <button type="button" className="button-secondary h-8" onClick={() => void query.refetch()}>{t('common.retry')}</button>
      </ErrorNotice>
    );
  }
  if (!item) return <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>;

  const actions = resource.actionsFor?.(item) ?? resource.actions;
  const roleFields = (fields: DetailView<T>['sections'][number]['fields']) => fields.filter((f) => !f.roles || f.roles.includes(session.role));
  return (
    <section className="space-y-4" data-testid="resource-detail" data-row-key={resource.rowKey(item)}>
      {resource.nav && (
        <nav aria-label={t('resource.detail.breadcrumb')} className="text-sm">
          <Link href={listPath} className="text-accent hover:underline">{t(resource.nav.labelKey)}</Link>
        </nav>
      )}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold break-all">{resource.nameOf(item)}</h1>
            <StatusBadge status={resource.status.of(item)} model={resource.status} />
          </div>
          <ObjectTaskProgress objectId={resource.rowKey(item)} />
        </div>
        <div role="toolbar" aria-label={t('resource.actions.label')} className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <ActionButton key={action.id} verdict={action.allowed(item, session)} onClick={() => runner.request(action, [item])} testId={`detail-action-${action.id}`}>
              {t(action.labelKey)}
            </ActionButton>
          ))}
        </div>
      </header>
      <ActionDialogs runner={runner} resource={resource} />
      {query.isError && <ErrorNotice title={t('resource.list.refreshFailed')} error={query.error} />}
      {detail.sections.map((section) => (
        <DetailsGrid
          key={section.id}
          title={t(section.titleKey)}
          items={roleFields(section.fields).map((field) => ({ id: field.id, label: t(field.labelKey), value: <CellView cell={field.cell(item)} status={resource.status} /> }))}
        />
      ))}
    </section>
  );
}
