'use client';

import { useQuery } from '@tanstack/react-query';
import { ActionButton } from '@/components/resource/action-button';
import { ActionDialogs } from '@/components/resource/action-dialogs';
import { ErrorNotice } from '@/components/resource/error-notice';
import { ResourceTable } from '@/components/resource/resource-table';
import { useActionRunner, type RunnerTarget } from '@/components/resource/use-action-runner';
import { usePolledQuery } from '@/components/resource/use-polled-query';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/core/lookups';
import { serverKind } from '@/lib/resources/servers/kind';
import { snapshotLimit } from '@/lib/resources/snapshots/limit';
import { snapshotResource, snapshotsQuery, snapshotStatus, takeSnapshot } from '@/lib/resources/snapshots/resource';
import type { ServerDetail } from '@/lib/scp';

type ServerRef = Pick<ServerDetail, 'id' | 'name' | 'status' | 'az_id'>;

/** Taking a snapshot is an action of the server; its task refreshes the server and its snapshots. */
const serverTarget: RunnerTarget<ServerRef> = { ...serverKind, rowKey: (s) => s.id, nameOf: (s) => s.name, list: snapshotResource.list };

/**
 * A server's snapshots: how many (of the 7 allowed in an HCI pool at 6.2.0 or
 * older), take one, and per snapshot rename, recover and delete. Refreshes fast
 * while one is being taken or deleted.
 */
export function ServerSnapshots({ server }: { server: ServerRef }) {
  const t = useT();
  const session = useSessionUser();
  const { queryKey, queryFn } = snapshotsQuery(server.id);
  const { query } = usePolledQuery({ queryKey, queryFn, statusesOf: (list) => list.map(snapshotStatus.of), transitional: snapshotStatus.transitional });
  const snapshots = query.data ?? [];
  const azs = useQuery(azsQuery);
  const limit = snapshotLimit(azs.data?.items.find((az) => az.id === server.az_id));
  const take = takeSnapshot(snapshots.length, limit);
  const serverRunner = useActionRunner(serverTarget);
  const runner = useActionRunner(snapshotResource);
  return (
    <section className="space-y-3" data-testid="server-snapshots">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" data-testid="snapshot-count">
          {limit === undefined ? t('servers.snapshot.countUnlimited', { count: snapshots.length }) : t('servers.snapshot.count', { count: snapshots.length, max: limit })}
        </p>
        <ActionButton verdict={query.data ? take.allowed(server, session) : { ok: false, why: 'state', reason: 'resource.list.loading' }} onClick={() => serverRunner.request(take, [server])} className="button-primary h-9" testId="snapshot-create">
          {t(take.labelKey)}
        </ActionButton>
      </div>
      <ActionDialogs runner={serverRunner} resource={serverTarget} />
      <ActionDialogs runner={runner} resource={snapshotResource} />
      {query.isError && <ErrorNotice title={t('servers.snapshot.loadFailed')} error={query.error} />}
      {query.data && (
        <ResourceTable
          resource={snapshotResource}
          items={snapshots}
          columns={snapshotResource.columns}
          caption={t('servers.snapshot.caption', { name: server.name })}
          onAction={(action, item) => runner.request(action, [item])}
          empty={t('servers.snapshot.empty')}
        />
      )}
    </section>
  );
}
