import 'server-only';
import { z } from 'zod';
import { defineOperation, type QueryParams, type RecoverContext, type ScpOperation } from './operation';
import { listPageSchema, type ScpListPage } from './pagination';

/*
 * Building blocks for `recover` hooks: after SCP refused a repeated
 * X-Client-Token, find what the lost request did.
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

/**
 * The newest operation-log entry for an object, by id (SCP filters on
 * `object_id`) or by name (sent as `object_name`, and matched here as well, for
 * SCP versions that ignore the filter). Reads at most `pages` pages of 100.
 */
export async function findRecentTask(ctx: RecoverContext, match: { objectId?: string; objectName?: string }, pages = 3): Promise<OpLogEntry | undefined> {
  const hits: OpLogEntry[] = [];
  for (let pageNum = 0; pageNum < pages; pageNum++) {
    const page = await ctx.call(opLogPage, {
      query: { object_id: match.objectId, object_name: match.objectName, page_num: pageNum, page_size: 100 },
      fresh: true,
    });
    hits.push(...page.data.filter((t) =>
      (match.objectId === undefined || t.object_id === match.objectId) && (match.objectName === undefined || t.object_name === match.objectName)));
    if (!page.next_page_num || hits.length) break;
  }
  // begin_time is SCP's local time in one fixed format, so it sorts as text.
  return hits.sort((a, b) => String(b.begin_time ?? '').localeCompare(String(a.begin_time ?? '')))[0];
}

/** Items named `name` in a list operation (first page of 100, `name` also sent as a filter). */
export async function findByName<T extends { name?: unknown }>(
  ctx: RecoverContext,
  list: ScpOperation<ScpListPage<T>>,
  name: string,
  query: QueryParams = {},
): Promise<T[]> {
  const page = await ctx.call(list, { query: { ...query, name, page_num: 0, page_size: 100 }, fresh: true });
  return page.data.filter((item) => item.name === name);
}
