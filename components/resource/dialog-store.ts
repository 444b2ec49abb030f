'use client';

import { useEffect, useSyncExternalStore } from 'react';

/*
 * How many dialogs are open, so list views stop refreshing underneath one
 * (architecture principle 6): a row must not change while the user confirms
 * an action on it.
 */

let open = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function change(delta: number): void {
  open += delta;
  for (const listener of listeners) listener();
}

/** Counts the calling dialog as open while `isOpen`. */
export function useRegisterDialog(isOpen: boolean): void {
  useEffect(() => {
    if (!isOpen) return;
    change(1);
    return () => change(-1);
  }, [isOpen]);
}

/** True while any dialog is open. */
export function useAnyDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open > 0, () => false);
}
