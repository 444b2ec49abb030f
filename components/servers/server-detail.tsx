'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { MessagePanel } from '@/components/message-panel';
import { ActionButton } from '@/components/resource/action-button';
import { ActionDialogs } from '@/components/resource/action-dialogs';
import { ErrorNotice } from '@/components/resource/error-notice';
import { StatusBadge } from '@/components/resource/status-badge';
import { Tabs } from '@/components/resource/tabs';
import { ObjectTaskProgress } from '@/components/resource/task-progress';
import { useActionRunner, type RunnerTarget } from '@/components/resource/use-action-runner';
import { usePolledQuery } from '@/components/resource/use-polled-query';
import { useSessionUser } from '@/components/shell/session-user';
import { api, ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { purgeServer, resetServerPassword, serverActionsFor, USABLE_STATUSES } from '@/lib/resources/servers/actions';
import { editServerDisks } from '@/lib/resources/servers/disks-form';
import { editServerNics } from '@/lib/resources/servers/nics-form';
import { serverKind } from '@/lib/resources/servers/kind';
import { SERVER_TRANSITIONAL, serverStatus } from '@/lib/resources/servers/status';
import { ALLOWED, refuse } from '@/lib/resources/core/types';
import type { ServerDetail as Detail } from '@/lib/scp';
import { RemoteConsoleButton } from './remote-console-button';
import { ServerEditDialog } from './server-edit-dialog';
import { ServerOverview } from './server-overview';
import { ServerSnapshots } from './server-snapshots';
import { ServerTasks } from './server-tasks';
import { useServerUsage } from './use-server-usage';

const TABS = ['overview', 'snapshots', 'tasks'] as const;
type Tab = (typeof TABS)[number];

const target: RunnerTarget<Detail> = { ...serverKind, rowKey: (s) => s.id, nameOf: (s) => s.name, list: { all: queryKeys.servers.all } };

/**
 * One server: live status and the task working on it, power and other
 * actions, edit (name and size; disks and NICs next to their tables), remote
 * console, and tabs for configuration and use, snapshots, and its task
 * history (the tab is kept in `?tab=`).
 */
export function ServerDetail({ id }: { id: string }) {
  const t = useT();
  const session = useSessionUser();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'overview';
  const [editing, setEditing] = useState<'server' | null>(null);
  const { query: detail } = usePolledQuery({
    queryKey: queryKeys.servers.detail(id),
    queryFn: ({ signal }) => api.get('/api/servers/:server_id', { params: { server_id: id }, signal }),
    statusesOf: (s) => [s.status],
    transitional: SERVER_TRANSITIONAL,
  });
  const server = detail.data;
  const usage = useServerUsage(server);
  const afterAction = useCallback((attempt: { action: { id: string } }) => attempt.action.id === purgeServer.id && router.push('/servers'), [router]);
  const runner = useActionRunner(target, afterAction);

  if (detail.isError && !server) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return missing ? (
      <MessagePanel testId="server-not-found" title={t('servers.detail.notFound')} body={t('servers.detail.notFoundBody')} action={<Link href="/servers" className="button-secondary">{t('servers.detail.back')}</Link>} />
    ) : (
      <ErrorNotice title={t('servers.detail.loadFailed')} error={detail.error}>
        <button type="button" className="button-secondary h-8" onClick={() => void detail.refetch()}>{t('common.retry')}</button>
      </ErrorNotice>
    );
  }
  if (!server) return <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>;

  const actions = [...serverActionsFor(server), ...(server.status === 'deleted' ? [] : [resetServerPassword])];
  const editVerdict = USABLE_STATUSES.includes(server.status) ? ALLOWED : refuse('state', 'servers.reason.edit');
  const close = () => setEditing(null);
  const deviceActions = {
    disks: <ActionButton verdict={editServerDisks.allowed(server, session)} onClick={() => runner.request(editServerDisks, [server])} className="button-secondary h-8" testId="server-action-disks">{t(editServerDisks.labelKey)}</ActionButton>,
    nics: <ActionButton verdict={editServerNics.allowed(server, session)} onClick={() => runner.request(editServerNics, [server])} className="button-secondary h-8" testId="server-action-nics">{t(editServerNics.labelKey)}</ActionButton>,
  };
  return (
    <section className="space-y-4">
      <nav aria-label={t('servers.detail.breadcrumb')} className="text-sm">
        <Link href="/servers" className="text-accent hover:underline">{t('nav.servers')}</Link>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold break-all">{server.name}</h1>
            <StatusBadge status={server.status} model={serverStatus} />
          </div>
          <ObjectTaskProgress objectId={server.id} />
        </div>
        <div role="toolbar" aria-label={t('resource.actions.label')} className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <ActionButton key={action.id} verdict={action.allowed(server, session)} onClick={() => runner.request(action, [server])} testId={`server-action-${action.id}`}>
              {t(action.labelKey)}
            </ActionButton>
          ))}
          {server.status !== 'deleted' && (
            <ActionButton verdict={editVerdict} onClick={() => setEditing('server')} testId="server-action-edit">
              {t('servers.action.edit')}
            </ActionButton>
          )}
          {server.status !== 'deleted' && <RemoteConsoleButton server={server} />}
        </div>
      </header>
      <ActionDialogs runner={runner} resource={target} />
      {detail.isError && <ErrorNotice title={t('resource.list.refreshFailed')} error={detail.error} />}
      {editing === 'server' && <ServerEditDialog server={server} onClose={close} />}
      <Tabs
        label={t('servers.detail.tabs')}
        active={tab}
        onChange={(next) => router.replace(next === 'overview' ? pathname : `${pathname}?tab=${next}`, { scroll: false })}
        tabs={TABS.map((id) => ({ id, label: t(`servers.detail.tab.${id}`) }))}
      />
      <div role="tabpanel" aria-label={t(`servers.detail.tab.${tab}`)}>
        {tab === 'overview' && <ServerOverview server={server} usage={usage.data} actions={server.status === 'deleted' ? undefined : deviceActions} />}
        {tab === 'snapshots' && <ServerSnapshots server={server} />}
        {tab === 'tasks' && <ServerTasks serverId={server.id} />}
      </div>
    </section>
  );
}
