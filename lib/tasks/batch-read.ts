import type { TaskBatchResponseSchema } from '@/lib/api/routes';
import type { z } from 'zod';
import { missingSnapshot, snapshotOfTask, type TaskSnapshot } from './task-snapshot';

/** The most task ids one `POST /api/tasks/batch` takes. */
export const TASK_BATCH_MAX = 50;

/** The batch endpoint's answer. */
export type TaskBatchAnswer = z.output<typeof TaskBatchResponseSchema>;

type BatchEntry = TaskBatchAnswer['tasks'][string];
type BatchError = Extract<BatchEntry, { error: unknown }>;

/** An entry the console could not read: it has no task id. */
const isBatchError = (entry: BatchEntry): entry is BatchError => typeof (entry as { task_id?: unknown }).task_id !== 'string';

/** Sends one batch request: the browser's typed client, or the benchmark's own HTTP client. */
export type PostTaskBatch = (body: { ids: string[] }) => Promise<TaskBatchAnswer>;

/** `ids` in groups the batch endpoint accepts. */
export function chunkIds(ids: readonly string[], size = TASK_BATCH_MAX): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size));
  return chunks;
}

/**
 * Reads tasks through the console's batch endpoint: one request per 50 ids.
 * A task the console answers `not_found` becomes a missing snapshot (terminal);
 * one it could not read for another reason (SCP busy, a timeout) is left out,
 * so it keeps its last state and is asked about again.
 */
export async function readTaskBatch(ids: readonly string[], post: PostTaskBatch): Promise<Record<string, TaskSnapshot>> {
  const answers = await Promise.all(chunkIds([...new Set(ids)]).map((chunk) => post({ ids: chunk })));
  const snapshots: Record<string, TaskSnapshot> = {};
  for (const answer of answers) {
    for (const [id, entry] of Object.entries(answer.tasks)) {
      if (!isBatchError(entry)) snapshots[id] = snapshotOfTask(entry);
      else if (entry.error.code === 'not_found') snapshots[id] = missingSnapshot(entry.error.message);
    }
  }
  return snapshots;
}
