import { api } from '@/lib/api';
import type { MessageValues } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE } from '@/lib/scp';
import { azsQuery } from '../core/lookups';
import { ALLOWED, refuse, type DetailAction, type DetailView, type LinkAction, type RelatedList } from '../core/types';
import { snapshotLimit } from '../snapshots/limit';
import { snapshotResource, takeSnapshot, type ServerSnapshot } from '../snapshots/resource';
import { purgeServer, resetServerPassword, serverActionsFor } from './actions';
import { editServer } from './edit';
import { serverOverview, type ServerView } from './overview';
import { inRecycleBin } from './status';

/*
 * A server's page (/servers/{id}): live status and the task working on it,
 * power and other actions, edit, remote console, and tabs for its
 * configuration and use, its snapshots, and its task history.
 */

/** The list query that finds a server's use: by its name and AZ (and the recycle bin for a deleted one). */
function usageQuery(s: ServerView) {
  return { name: s.name, pageSize: MAX_PAGE_SIZE, ...(s.az_id ? { az_id: s.az_id } : {}), ...(inRecycleBin(s) ? { status: 'deleted' } : {}) };
}

/** Opens a running server's noVNC console: SCP makes a fresh token for each URL. */
export const remoteConsole: LinkAction<ServerView> = {
  kind: 'link',
  id: 'console',
  labelKey: 'servers.action.console',
  testId: 'server-console',
  allowed: (s) => (s.status === 'running' ? ALLOWED : refuse('state', 'servers.reason.console')),
  url: async (s) => (await api.post('/api/servers/:server_id/remote-consoles', { params: { server_id: s.id } })).remote_console.url,
  dialog: {
    titleKey: 'servers.console.title', openingKey: 'servers.console.opening', openedKey: 'servers.console.opened', linkKey: 'servers.console.link', failedKey: 'servers.console.failed',
    testId: 'console-dialog', linkTestId: 'console-link',
  },
};

/** The header's buttons: the server's actions, then (out of the recycle bin) password, edit and console. */
function headerActions(s: ServerView): readonly DetailAction<ServerView>[] {
  return inRecycleBin(s) ? serverActionsFor(s) : [...serverActionsFor(s), resetServerPassword, editServer, remoteConsole];
}

/** The server's snapshots, with their actions; the limit belongs to its pool (an HCI pool at 6.2.0 or older keeps 7). */
const snapshots: RelatedList<ServerView, ServerSnapshot, { limit?: number }> = {
  resource: snapshotResource,
  query: (s) => ({ server_id: s.id }),
  captionKey: 'servers.snapshot.caption',
  emptyKey: 'servers.snapshot.empty',
  loadFailedKey: 'servers.snapshot.loadFailed',
  testIds: { list: 'server-snapshots', summary: 'snapshot-count', add: 'snapshot-create' },
  context: (s) => ({
    key: [...queryKeys.azs.all, 'snapshot-limit', s.az_id ?? ''],
    fetch: async (ctx) => ({ limit: snapshotLimit((await ctx.read(azsQuery)).items.find((az) => az.id === s.az_id)) }),
  }),
  summary: (items, c) => {
    const values: MessageValues = { count: items.length };
    if (c?.limit === undefined) return { key: 'servers.snapshot.countUnlimited', values };
    return { key: 'servers.snapshot.count', values: { ...values, max: c.limit } };
  },
  add: (items, c) => takeSnapshot(items.length, c?.limit),
};

/** The detail page of a server. */
export const serverDetail: DetailView<ServerView> = {
  read: { key: queryKeys.servers.detail, fetch: (id, signal) => api.get('/api/servers/:server_id', { params: { server_id: id }, signal }) },
  also: {
    key: (s) => queryKeys.servers.list(usageQuery(s)),
    fetch: (s, signal) => api.get('/api/servers', { query: usageQuery(s), signal }),
    pick: (page: Awaited<ReturnType<typeof api.get<'/api/servers'>>>, s) => ({ usage: page.items.find((item) => item.id === s.id) }),
    refreshMs: 30_000,
  },
  sections: [],
  tabs: [
    { id: 'overview', labelKey: 'servers.detail.tab.overview', kind: 'parts', parts: serverOverview },
    { id: 'snapshots', labelKey: 'servers.detail.tab.snapshots', kind: 'related', related: snapshots },
    {
      id: 'tasks', labelKey: 'servers.detail.tab.tasks', kind: 'tasks',
      tasks: {
        captionKey: 'servers.tasks.caption', emptyKey: 'servers.tasks.empty', loadFailedKey: 'servers.tasks.loadFailed', testId: 'server-tasks',
        columnKeys: { action: 'servers.tasks.action', status: 'servers.tasks.status', begin: 'servers.tasks.begin', end: 'servers.tasks.end', description: 'servers.tasks.description' },
      },
    },
  ],
  actionsFor: headerActions,
  leaveAfter: [purgeServer.id],
  messages: {
    breadcrumb: 'servers.detail.breadcrumb', back: 'servers.detail.back', notFound: 'servers.detail.notFound', notFoundBody: 'servers.detail.notFoundBody',
    loadFailed: 'servers.detail.loadFailed', tabs: 'servers.detail.tabs',
  },
  testIds: { action: 'server-action-', notFound: 'server-not-found' },
};
