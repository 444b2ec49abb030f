import type { Cell } from '../core/types';

/*
 * What a cell of the operation log shows, as data: the list's cells, and the
 * task's own: the object it acts on (linked to its page when the console has
 * one), its progress with SCP's reason when it failed, and its elapsed time.
 */
export type TaskCell =
  | Cell
  | { kind: 'object'; objectKind: string; id: string; name: string }
  | { kind: 'progress'; status: string; progress: number | null | undefined; name: string; reason?: string }
  | { kind: 'duration'; seconds: number | null | undefined };
