import type { QueryKey } from '@tanstack/react-query';
import { z } from 'zod';
import { isTerminalStatus } from './task-phase';
import type { TaskSnapshot } from './task-snapshot';

/**
 * What a page tells the task tray when a mutation has started an SCP task.
 * The tray (tasks issue) shows its progress, persists it across reloads, and
 * when the task ends invalidates `invalidate` so lists and details refresh.
 */
export interface TrackedTaskInput {
  taskId: string;
  /** Localized action label, e.g. t('servers.action.start'). */
  action: string;
  /** What it acts on: kind (i18n key suffix, e.g. 'server'), id and name, for the link. */
  object: { kind: string; id: string; name: string };
  /** Query keys to invalidate when the task reaches a terminal state. */
  invalidate: QueryKey[];
}

/** A task in the tray: what the page said about it, when, and what SCP last said. */
export interface TrackedTask extends TrackedTaskInput {
  /** Epoch ms when the console learnt of the task (≈ when it started, for tasks the user started here). */
  trackedAt: number;
  /** Epoch ms when the task began, when it was already running before it was tracked (watched from the operation log). */
  beganAt?: number;
  /** Absent until the first poll answers. */
  snapshot?: TaskSnapshot;
}

/** The part of `Storage` the store uses (localStorage in browsers, a map in tests). */
export type TaskStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Finished tasks kept for the tray to show; running ones are never dropped. */
export const MAX_FINISHED_KEPT = 30;
/** Finished tasks older than this are dropped when the list is next written. */
export const FINISHED_KEPT_MS = 7 * 24 * 3_600_000;

/** The localStorage key of `username`'s tracked tasks: one list per user, so a shared browser keeps them apart. */
export function trackedTasksStorageKey(username: string): string {
  return `scp-console:tasks:${username}`;
}

const SnapshotSchema = z.object({
  status: z.string(),
  progress: z.number(),
  description: z.string().optional(),
  beginTime: z.string().optional(),
  endTime: z.string().optional(),
  subTasks: z.array(z.object({
    taskId: z.string(), status: z.string(), progress: z.number(),
    action: z.string().optional(), description: z.string().optional(), objectId: z.string().optional(),
  })).optional(),
});

const TrackedTaskSchema = z.object({
  taskId: z.string().min(1),
  action: z.string(),
  object: z.object({ kind: z.string(), id: z.string(), name: z.string() }),
  invalidate: z.array(z.array(z.unknown())),
  trackedAt: z.number(),
  beganAt: z.number().optional(),
  snapshot: SnapshotSchema.optional(),
});

/** Reads a stored list; an entry that does not parse (another version, hand-edited) is skipped, not the whole list. */
function parseStored(raw: string | null): TrackedTask[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = TrackedTaskSchema.safeParse(item);
    return parsed.success ? [{ ...parsed.data, invalidate: parsed.data.invalidate as QueryKey[] }] : [];
  });
}

const isFinished = (task: TrackedTask) => isTerminalStatus(task.snapshot?.status);

/** Newest first; finished tasks beyond MAX_FINISHED_KEPT or FINISHED_KEPT_MS go; running ones all stay. */
function prune(tasks: TrackedTask[], now: number): TrackedTask[] {
  const sorted = [...tasks].sort((a, b) => b.trackedAt - a.trackedAt);
  let finished = 0;
  return sorted.filter((task) => !isFinished(task) || (++finished <= MAX_FINISHED_KEPT && now - task.trackedAt < FINISHED_KEPT_MS));
}

function sameSnapshot(a: TaskSnapshot | undefined, b: TaskSnapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The tasks one user follows in the tray, persisted in localStorage so they
 * survive reloads, navigation and sign-in again. Storage is the source of
 * truth: each change re-reads it, changes one thing and writes it back, so two
 * tabs of the same user never overwrite each other's additions. Without
 * storage (private mode, quota) the list lives in memory for the tab.
 * Subscribe with React's useSyncExternalStore.
 */
export class TrackedTaskStore {
  private tasks: readonly TrackedTask[];
  private readonly listeners = new Set<() => void>();
  /** False after a write failed: from then on memory, not storage, holds the latest list. */
  private storageOk = true;

  constructor(private readonly storage: TaskStorage | null, readonly key: string, private readonly clock: () => number = Date.now) {
    this.tasks = this.read() ?? [];
  }

  /** The tracked tasks, newest first; the same array until something changes. */
  getSnapshot = (): readonly TrackedTask[] => this.tasks;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Adds a task (or refreshes what a page says about one already tracked,
   * keeping its state). `beganAt`: when a task already running began.
   */
  track(input: TrackedTaskInput, beganAt?: number): void {
    this.update((tasks) => {
      const existing = tasks.find((t) => t.taskId === input.taskId);
      const task: TrackedTask = { ...input, trackedAt: existing?.trackedAt ?? this.clock(), beganAt: existing?.beganAt ?? beganAt, snapshot: existing?.snapshot };
      if (task.beganAt === undefined) delete task.beganAt;
      return [task, ...tasks.filter((t) => t.taskId !== input.taskId)];
    });
  }

  /** Records what a poll read; tasks not tracked (any more) are ignored. */
  apply(snapshots: Record<string, TaskSnapshot>): void {
    const changes = this.tasks.some((t) => snapshots[t.taskId] && !sameSnapshot(t.snapshot, snapshots[t.taskId]));
    if (!changes) return;
    this.update((tasks) => tasks.map((t) => (snapshots[t.taskId] ? { ...t, snapshot: snapshots[t.taskId] } : t)));
  }

  /**
   * The task once it has ended (work that must wait for it: a clone handed to
   * its tenant); undefined when it stops being tracked first (dismissed).
   */
  settled(taskId: string): Promise<TrackedTask | undefined> {
    return new Promise((resolve) => {
      const check = () => {
        const task = this.tasks.find((t) => t.taskId === taskId);
        if (task && !isFinished(task)) return false;
        unsubscribe();
        resolve(task);
        return true;
      };
      const unsubscribe = this.subscribe(() => void check());
      check();
    });
  }

  /** Removes tasks from the tray (the user dismissed them). */
  dismiss(taskIds: readonly string[]): void {
    this.update((tasks) => tasks.filter((t) => !taskIds.includes(t.taskId)));
  }

  /** Removes every finished task. */
  dismissFinished(): void {
    this.update((tasks) => tasks.filter((t) => !isFinished(t)));
  }

  /** Re-reads storage after another tab changed it (the `storage` event). */
  reload(): void {
    const stored = this.read();
    if (stored && JSON.stringify(stored) !== JSON.stringify(this.tasks)) this.set(stored);
  }

  private update(change: (tasks: TrackedTask[]) => TrackedTask[]): void {
    const next = prune(change([...(this.read() ?? this.tasks)]), this.clock());
    this.write(next);
    this.set(next);
  }

  private set(tasks: readonly TrackedTask[]): void {
    this.tasks = tasks;
    for (const listener of this.listeners) listener();
  }

  /** The stored list; null when storage cannot be used. */
  private read(): TrackedTask[] | null {
    if (!this.storage || !this.storageOk) return null;
    try {
      return parseStored(this.storage.getItem(this.key));
    } catch {
      return null;
    }
  }

  private write(tasks: readonly TrackedTask[]): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(tasks));
    } catch {
      // Storage is full or blocked: the list lives on in memory for this tab.
      this.storageOk = false;
    }
  }
}

/** Tasks that were not terminal in `before` and are in `after`: each is announced and refreshes what it touched. */
export function newlyFinished(before: readonly TrackedTask[], after: readonly TrackedTask[]): TrackedTask[] {
  const wasRunning = new Set(before.filter((t) => !isFinished(t)).map((t) => t.taskId));
  return after.filter((t) => wasRunning.has(t.taskId) && isFinished(t));
}
