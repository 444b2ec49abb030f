'use client';

import { useSyncExternalStore } from 'react';

/*
 * The task most recently started from this tab on each object (server id →
 * task), so its row and its detail page show the task's progress. Kept in
 * memory for the tab: the tray is what persists tasks across reloads.
 */

/** A task started on an object. */
export interface ObjectTask {
  taskId: string;
  /** Localized action label. */
  action: string;
  startedAt: number;
}

let tasks: ReadonlyMap<string, ObjectTask> = new Map();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records that `taskId` now works on `objectId`. */
export function noteObjectTask(objectId: string, task: Omit<ObjectTask, 'startedAt'>): void {
  const next = new Map(tasks);
  next.set(objectId, { ...task, startedAt: Date.now() });
  tasks = next;
  for (const listener of listeners) listener();
}

/** The task last started on `objectId` from this tab, if any. */
export function useObjectTask(objectId: string): ObjectTask | undefined {
  return useSyncExternalStore(subscribe, () => tasks.get(objectId), () => undefined);
}
