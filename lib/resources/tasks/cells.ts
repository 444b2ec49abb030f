import type { Cell } from '../core/types';

/*
 * What a cell of the operation log or a task's field shows, as data: the
 * list's cells, and the task's own: plain or monospaced text (an empty one
 * says so), its phase with SCP's status, a time, the object it acts on
 * (linked to its page when the console has one), its progress with SCP's
 * reason when it failed, and its elapsed time.
 */
export type TaskCell =
  | Cell
  | { kind: 'plain'; text: string | null | undefined }
  | { kind: 'monoText'; text: string | null | undefined }
  | { kind: 'phase'; status: string }
  | { kind: 'time'; value: string | null | undefined }
  | { kind: 'object'; objectKind: string; id: string; name: string }
  | { kind: 'progress'; status: string; progress: number | null | undefined; name: string; reason?: string }
  | { kind: 'duration'; seconds: number | null | undefined };
