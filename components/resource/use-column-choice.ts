'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Column } from '@/lib/resources/core/types';

const storageKey = (kind: string) => `scp-console:columns:${kind}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(kind: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(kind));
  } catch {
    return null;
  }
}

/**
 * Which columns the user shows for a kind of resource, remembered in
 * localStorage (per browser). Until a choice is made, the declaration's
 * defaults; required columns always show.
 */
export function useColumnChoice<T>(kind: string, columns: readonly Column<T>[]) {
  const raw = useSyncExternalStore(subscribe, () => read(kind), () => null);
  const visible = useMemo(() => {
    let chosen: string[] | undefined;
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : undefined;
      if (Array.isArray(parsed)) chosen = parsed.filter((id): id is string => typeof id === 'string');
    } catch {
      chosen = undefined;
    }
    return new Set(columns.filter((c) => c.required || (chosen ? chosen.includes(c.id) : !c.hiddenByDefault)).map((c) => c.id));
  }, [raw, columns]);

  const setVisible = useCallback(
    (id: string, show: boolean) => {
      const next = new Set(visible);
      if (show) next.add(id);
      else next.delete(id);
      try {
        window.localStorage.setItem(storageKey(kind), JSON.stringify(columns.filter((c) => next.has(c.id)).map((c) => c.id)));
      } catch {
        // Storage refused (private mode): there is nowhere to remember the choice.
      }
      for (const listener of listeners) listener();
    },
    [visible, kind, columns],
  );

  const reset = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey(kind));
    } catch {
      // nothing stored
    }
    for (const listener of listeners) listener();
  }, [kind]);

  return { visible, setVisible, reset };
}
