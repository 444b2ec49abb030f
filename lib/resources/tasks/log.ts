import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import { TASK_STATUSES, type OpLogEntry, type TaskStatus } from '@/lib/scp';
import { elapsedSeconds } from '@/lib/tasks/elapsed';
import { KNOWN_OBJECT_TYPES, kindOfObjectType } from '@/lib/tasks/object-kind';
import { isTerminalStatus, taskPhase } from '@/lib/tasks/task-phase';
import type { MessageKey } from '@/lib/i18n';
import type { FormFilter, LinkPager } from '../core/url-list';
import type { TaskCell } from './cells';
import { inputOfLogTime, logTimeOfInput, OP_LOG_PAGE_SIZES, opLogApiQuery, opLogSearch, parseOpLogView, type OpLogView } from './url-state';

/*
 * The operation log (/tasks) as a declaration: its view in the URL
 * (url-state.ts), its filters applied together from a search form, one
 * server-side page newest first, its columns and its pager of links. A page
 * with running tasks refreshes on the adaptive schedule (components/tasks/op-log).
 */

/** A column of the log: its header and the cell of an entry, at `now` (elapsed times tick). */
export interface LogColumn {
  id: string;
  labelKey: MessageKey;
  /** Classes of the header and the cells beyond the table's own. */
  thClass?: string;
  tdClass?: string;
  cell: (entry: OpLogEntry, now: number) => TaskCell;
}

const nameOf = (entry: OpLogEntry) => entry.object_name || entry.object_id || '';
const actionOf = (entry: OpLogEntry) => entry.action || entry.id;
const logTime = { of: inputOfLogTime, value: logTimeOfInput };

/** The filters, by the form field names the view is built from. */
const filters: readonly FormFilter[] = [
  {
    name: 'status', labelKey: 'tasks.filter.status', kind: 'select', anyKey: 'tasks.filter.anyStatus',
    options: () => TASK_STATUSES.map((status) => ({ value: status, labelKey: `tasks.phase.${taskPhase(status)}` as MessageKey })),
  },
  {
    name: 'objectType', labelKey: 'tasks.filter.objectType', kind: 'select', anyKey: 'tasks.filter.anyObjectType',
    options: (current) => (current && !KNOWN_OBJECT_TYPES.includes(current) ? [...KNOWN_OBJECT_TYPES, current] : KNOWN_OBJECT_TYPES).map((type) => ({ value: type, label: type })),
  },
  {
    name: 'projectId', labelKey: 'tasks.filter.tenant', kind: 'select', anyKey: 'tasks.filter.anyTenant', roles: ['admin'],
    // One page of 100 tenants, kept a while (they rarely change).
    load: {
      key: queryKeys.projects.filterOptions,
      fetch: async (signal) => (await api.get('/api/projects', { query: { pageSize: 100 }, signal })).items.map((p) => ({ value: p.id, label: p.name })),
      staleTime: 5 * 60_000,
    },
  },
  { name: 'from', labelKey: 'tasks.filter.from', kind: 'datetime', input: logTime },
  { name: 'to', labelKey: 'tasks.filter.to', kind: 'datetime', input: logTime },
];

const columns: readonly LogColumn[] = [
  { id: 'action', labelKey: 'tasks.col.action', cell: (e) => ({ kind: 'link', text: actionOf(e), href: `/tasks/${encodeURIComponent(e.id)}` }) },
  { id: 'object', labelKey: 'tasks.col.object', cell: (e) => ({ kind: 'object', objectKind: kindOfObjectType(e.object_type), id: e.object_id ?? '', name: nameOf(e) }) },
  { id: 'objectType', labelKey: 'tasks.col.objectType', tdClass: 'text-muted', cell: (e) => ({ kind: 'plain', text: e.object_type }) },
  {
    id: 'status', labelKey: 'tasks.col.status', thClass: 'w-56',
    cell: (e) => ({ kind: 'progress', status: e.status, progress: e.progress, name: nameOf(e) || actionOf(e), reason: e.status === 'failure' ? e.description || undefined : undefined }),
  },
  { id: 'begin', labelKey: 'tasks.col.begin', tdClass: 'whitespace-nowrap text-muted', cell: (e) => ({ kind: 'time', value: e.begin_time }) },
  {
    id: 'elapsed', labelKey: 'tasks.col.elapsed', tdClass: 'whitespace-nowrap text-muted',
    cell: (e, now) => ({ kind: 'duration', seconds: elapsedSeconds({ beginTime: e.begin_time ?? undefined, endTime: e.end_time ?? undefined }, now) }),
  },
];

const pager: LinkPager = {
  labelKey: 'tasks.pager.label', summaryKey: 'tasks.pager.summary', summaryTestId: 'op-log-summary', pageSizeKey: 'tasks.pager.pageSize',
  previousKey: 'tasks.pager.previous', nextKey: 'tasks.pager.next', pageSizes: OP_LOG_PAGE_SIZES,
};

/** The operation log. */
export const opLog = {
  path: '/tasks',
  titleKey: 'nav.tasks',
  subtitleKey: 'tasks.log.subtitle',
  captionKey: 'tasks.log.caption',
  loadingKey: 'tasks.log.loading',
  loadFailedKey: 'tasks.log.loadFailed',
  emptyKey: 'tasks.log.empty',
  filterLabelKey: 'tasks.filter.label',
  applyKey: 'tasks.filter.apply',
  resetKey: 'tasks.filter.reset',
  filters,
  columns,
  pager,
  url: { parse: parseOpLogView, search: opLogSearch },
  /** The filters' values in a view, by filter name. */
  filterValues: (view: OpLogView): Record<string, string | undefined> => ({ status: view.status, objectType: view.objectType, projectId: view.projectId, from: view.from, to: view.to }),
  /** The view of the form's values: the first page, at the same size; the tenant only for who may pick one. */
  viewOf: (values: Record<string, string>, view: OpLogView, canPickTenant: boolean): OpLogView => ({
    page: 1,
    pageSize: view.pageSize,
    status: (values.status || undefined) as TaskStatus | undefined,
    objectType: values.objectType || undefined,
    projectId: canPickTenant ? values.projectId || undefined : undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  }),
  list: {
    query: opLogApiQuery,
    key: (query: ReturnType<typeof opLogApiQuery>) => queryKeys.tasks.list(query),
    fetch: (query: ReturnType<typeof opLogApiQuery>, signal: AbortSignal) => api.get('/api/tasks', { query, signal }),
  },
  rowKey: (entry: OpLogEntry) => entry.id,
  /** Whether the entry's task is still working (the page refreshes and its times tick). */
  running: (entry: OpLogEntry) => !isTerminalStatus(entry.status),
} as const;
