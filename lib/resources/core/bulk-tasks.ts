import { api } from '@/lib/api';
import { MAX_PAGE_SIZE, type OpLogEntry } from '@/lib/scp';
import { kindOfObjectType } from '@/lib/tasks/object-kind';
import type { FoundTask } from './types';

/*
 * Finding the tasks of a bulk server action. `POST /servers/action` answers
 * 204 without a task id (catalog §4.8.6), so the console reads the operation
 * log for tasks that began since the moment before the request and matches
 * them to the selection. Per-server reads would cost one request per server;
 * this costs two whatever the selection's size.
 */

/** How long the console looks before leaving the outcome to the rows' own refresh. */
export const FIND_TASKS_MS = 4_000;

/** The op log's live statuses; SCP filters by one status at a time, so one read each. */
const LIVE_STATUSES = ['waiting', 'doing'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * SCP's op-log time filter (`2025-01-02 03:04:05`) of an epoch ms, in the
 * browser's zone, to the second below: SCP's task times carry no zone, and
 * the usual install has SCP and its users in one (lib/tasks/elapsed.ts).
 */
export function logTimeOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

type Entry = Pick<OpLogEntry, 'id' | 'object_id' | 'object_type' | 'object_name'>;

/**
 * The tasks among op-log entries that a bulk action on `serverIds` started:
 * entries on one of those servers, one per server; else the batch's parent
 * task, a server task naming no one server, whose sub-tasks are the servers'.
 * Several parents at once (another batch began in the same seconds) are told
 * apart by size, the simulator naming a batch by its count; when that still
 * leaves more than one, none is claimed rather than a stranger's.
 */
export function matchBatchTasks(entries: readonly Entry[], serverIds: readonly string[]): FoundTask[] {
  const wanted = new Set(serverIds);
  const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
  const own = unique.filter((e) => e.object_id && wanted.has(e.object_id));
  if (own.length) return own.map((e) => ({ taskId: e.id, objectIds: [e.object_id!] }));
  const parents = unique.filter((e) => !e.object_id && kindOfObjectType(e.object_type) === 'server');
  const sized = parents.length > 1 ? parents.filter((e) => e.object_name === String(wanted.size)) : parents;
  return sized.length === 1 ? [{ taskId: sized[0].id, objectIds: [...wanted] }] : [];
}

/**
 * Looks for the tasks a bulk action on `serverIds` started at `since` (epoch
 * ms, taken before the request): the op log since then, one read per live
 * status, both at once. None found, or no answer within FIND_TASKS_MS: [].
 */
export async function findBatchTasks(serverIds: readonly string[], since: number, timeoutMs = FIND_TASKS_MS): Promise<FoundTask[]> {
  const signal = AbortSignal.timeout(timeoutMs);
  const begin_time = logTimeOf(since);
  try {
    const pages = await Promise.all(LIVE_STATUSES.map((status) => api.get('/api/tasks', { query: { begin_time, status, pageSize: MAX_PAGE_SIZE }, signal })));
    return matchBatchTasks(pages.flatMap((page) => page.items), serverIds);
  } catch {
    // The rows refresh by their own state; tracking in the tray is a bonus.
    return [];
  }
}
