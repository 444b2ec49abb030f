import 'server-only';
import type { z } from 'zod';
import type { TaskBatchRequestSchema } from '@/lib/api/routes';
import { tasks, type Task } from '@/lib/scp';
import { isScpError } from '../../scp';
import { bodyIds, type Confinement } from '../confine';
import type { RouteContext, RouteHandlers } from '../declaration';
import { fromScpError } from '../errors';
import { checkedInAnswer } from './id-rules';

type BatchEntry = Task | { error: { code: string; message: string } };

/**
 * Reads each task through the shared task reads (one poll per task per cache
 * period across every user SCP allows to see it), so many browsers watching the
 * same tasks cost SCP one GET per task per cache period. One task failing does
 * not fail the rest.
 */
async function readTasks(ctx: RouteContext): Promise<{ tasks: Record<string, BatchEntry> }> {
  const { ids } = ctx.body as z.output<typeof TaskBatchRequestSchema>;
  const unique = [...new Set(ids)];
  const { confined, user, scope } = ctx.session;
  const entries = await Promise.all(unique.map(async (id): Promise<[string, BatchEntry]> => {
    try {
      const task = await ctx.taskSharing.read(id, scope, (as) => ctx.call(tasks.detail, { params: { task_id: id } }, as));
      if (confined && task.project_id !== user.projectId) return [id, { error: { code: 'not_found', message: `task ${id} was not found` } }];
      return [id, task];
    } catch (err) {
      if (!isScpError(err)) throw err;
      const e = fromScpError(err, scope.kind);
      return [id, { error: { code: e.code, message: e.message } }];
    }
  }));
  return { tasks: Object.fromEntries(entries) };
}

/** The batch's ids are checked in the answer: another project's task reads as not found. */
export const TASK_BATCH_IDS: Confinement = bodyIds({ 'ids.*': checkedInAnswer });

/** The batch task read is the console's own route. */
export const taskHandlers = {
  'POST /api/tasks/batch': { handle: readTasks },
} satisfies Partial<RouteHandlers>;
