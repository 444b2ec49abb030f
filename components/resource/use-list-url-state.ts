'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { applyListChange, listStateToSearch, parseListState, type ListChange, type ListSpec, type ListState } from '@/lib/resources/core/list-state';

/**
 * The list view's state, read from and written to the URL. Changes push a
 * history entry (Back returns to the previous view); typing in a search box
 * replaces it instead, so Back skips the keystrokes. Needs a Suspense boundary
 * above it (useSearchParams).
 */
export function useListUrlState(spec: ListSpec): { state: ListState; change: (change: ListChange, history?: 'push' | 'replace') => void } {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseListState(params, spec), [params, spec]);
  const change = useCallback(
    (c: ListChange, history: 'push' | 'replace' = 'push') => {
      const search = listStateToSearch(applyListChange(state, c), spec);
      const href = search ? `${pathname}?${search}` : pathname;
      if (history === 'push') router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [state, spec, pathname, router],
  );
  return { state, change };
}
