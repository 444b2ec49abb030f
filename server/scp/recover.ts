import 'server-only';
import { z } from 'zod';
import { defineOperation, type QueryParams, type RecoverContext, type ScpOperation } from './operation';
import { listPageSchema, type ScpListPage } from './pagination';

/*
 * Building blocks for `recover` hooks: after a change's answer was lost, find
 * what the change did — the task it started, or the thing it created — among
 * what happened since it was sent.
 */

/** An operation-log entry (GET /janus/20180725/tasks item; `id`, not `task_id`). */
export const OpLogEntrySchema = z.looseObject({
  id: z.string(),
  status: z.string().optional(),
  object_id: z.string().nullish(),
  object_name: z.string().nullish(),
  action: z.string().nullish(),
  begin_time: z.string().nullish(),
});
/** An operation-log entry. */
export type OpLogEntry = z.output<typeof OpLogEntrySchema>;

const opLogPage = defineOperation({ name: 'tasks.list', method: 'GET', path: '/janus/20180725/tasks', response: listPageSchema(OpLogEntrySchema) });

const taskDetail = defineOperation({
  name: 'tasks.detail', method: 'GET', path: '/janus/20180725/tasks/{task_id}',
  response: z.looseObject({
    task_id: z.string(),
    entities: z.looseObject({ sub_tasks: z.array(z.looseObject({ entities: z.looseObject({ object_id: z.string().nullish() }).nullish() })).nullish() }).nullish(),
  }),
});

/**
 * How much earlier than the lost call a task may seem to begin and still be
 * its own: begin_time has whole seconds, and SCP's clock is not the console's.
 */
const CLOCK_SLACK_MS = 30_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * SCP's op-log time format (`2021-05-25 01:27:32`). SCP writes task times in its
 * local time without a zone (catalog §4.2); they are read as the console's local
 * time, i.e. console and SCP are assumed to share a time zone. If they do not,
 * recent tasks look too old (nothing is recovered: the call reports
 * `outcome-unknown`) or too new (the newest matching task is taken).
 */
export function scpLocalTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Reads a task time (`2021-05-25T01:27:32.000000`, or with a space) as local time; NaN when it is not one. */
export function parseScpLocalTime(text: string | null | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text ?? '');
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]).getTime() : Number.NaN;
}

/**
 * True when `time` — a task's begin_time (SCP local time) or an object's
 * created_at (ISO, usually with a zone) — is not before the lost call was sent,
 * give or take the clock slack. False when it is missing or unreadable.
 */
export function isSinceCall(ctx: Pick<RecoverContext, 'startedAt'>, time: string | null | undefined): boolean {
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(time ?? '');
  const at = zoned ? Date.parse(time!) : parseScpLocalTime(time);
  return at >= ctx.startedAt - CLOCK_SLACK_MS;
}

/** What an op-log entry must show to be the lost call's task. */
export interface TaskMatch {
  objectId?: string;
  objectName?: string;
  /** The action texts it may carry (SCP localises them, e.g. 启动云主机); any action when absent. */
  actions?: readonly string[];
}

function matches(ctx: RecoverContext, t: OpLogEntry, match: TaskMatch): boolean {
  return (match.objectId === undefined || t.object_id === match.objectId)
    && (match.objectName === undefined || t.object_name === match.objectName)
    && (match.actions === undefined || match.actions.includes(t.action ?? ''))
    && isSinceCall(ctx, t.begin_time);
}

const newestFirst = (entries: OpLogEntry[]) =>
  [...entries].sort((a, b) => parseScpLocalTime(b.begin_time) - parseScpLocalTime(a.begin_time));

/** One page of op-log entries, asking SCP for those begun since the lost call (less the clock slack). */
function recentEntries(ctx: RecoverContext, query: QueryParams, pageNum: number): Promise<ScpListPage<OpLogEntry>> {
  const since = scpLocalTime(ctx.startedAt - CLOCK_SLACK_MS);
  return ctx.call(opLogPage, { query: { ...query, begin_time: since, page_num: pageNum, page_size: 100 }, fresh: true });
}

/**
 * The newest operation-log entry that began after the lost call was sent and
 * matches: by object id (SCP filters on `object_id`), by name (sent as
 * `object_name`, and matched here as well, for SCP versions that ignore the
 * filter), by action. Reads at most `pages` pages of 100.
 */
export async function findRecentTask(ctx: RecoverContext, match: TaskMatch, pages = 3): Promise<OpLogEntry | undefined> {
  const hits: OpLogEntry[] = [];
  for (let pageNum = 0; pageNum < pages; pageNum++) {
    const page = await recentEntries(ctx, { object_id: match.objectId, object_name: match.objectName }, pageNum);
    hits.push(...page.data.filter((t) => matches(ctx, t, match)));
    if (!page.next_page_num || hits.length) break;
  }
  return newestFirst(hits)[0];
}

/**
 * The newest task, begun after the lost call was sent, whose action is one of
 * `actions` and that works on some of `objectIds`: as its own object, or
 * through sub-tasks (a batch task's op-log entry names no object, e.g. creating
 * several servers or distributing an image to its AZs). Gives the task's id and
 * every object it works on. Reads the details of at most `candidates` entries.
 */
export async function findBatchTask(
  ctx: RecoverContext,
  match: { actions: readonly string[]; objectIds: readonly string[] },
  candidates = 5,
): Promise<{ id: string; objectIds: string[] } | undefined> {
  const ids = new Set(match.objectIds);
  const page = await recentEntries(ctx, {}, 0);
  const recent = newestFirst(page.data.filter((t) => matches(ctx, t, { actions: match.actions }) && (!t.object_id || ids.has(t.object_id))));
  for (const entry of recent.slice(0, candidates)) {
    if (entry.object_id) return { id: entry.id, objectIds: [entry.object_id] };
    const task = await ctx.call(taskDetail, { params: { task_id: entry.id }, fresh: true });
    const objectIds = (task.entities?.sub_tasks ?? []).map((s) => s.entities?.object_id ?? '').filter(Boolean);
    if (objectIds.some((id) => ids.has(id))) return { id: entry.id, objectIds };
  }
  return undefined;
}

/** Items named `name` in a list operation (first page of 100, `name` also sent as a filter), with more filters and path parameters. */
export async function findByName<T extends { name?: unknown }>(
  ctx: RecoverContext,
  list: ScpOperation<ScpListPage<T>>,
  name: string,
  within: { query?: QueryParams; params?: Record<string, string | number> } = {},
): Promise<T[]> {
  const page = await ctx.call(list, { params: within.params, query: { ...within.query, name, page_num: 0, page_size: 100 }, fresh: true });
  return page.data.filter((item) => item.name === name);
}
