'use client';

import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';
import { pollInterval } from '@/lib/resources/core/poll';
import { useAnyDialogOpen } from './dialog-store';
import { usePageHidden } from './use-page-hidden';

/**
 * A query that refreshes by the state of what it shows (architecture
 * principle 6): every ~3 s while one of `statusesOf(data)` is transitional,
 * every ~30 s otherwise or once those statuses have not moved for a minute,
 * never after a failure, while a dialog is open or while the tab is hidden. The previous answer stays on screen while the next
 * loads (a new page or filter never blanks the table).
 */
export function usePolledQuery<D>(options: {
  queryKey: QueryKey;
  queryFn: (ctx: { signal: AbortSignal }) => Promise<D>;
  statusesOf: (data: D) => readonly string[];
  transitional: ReadonlySet<string>;
  enabled?: boolean;
  keepPrevious?: boolean;
}) {
  const dialogOpen = useAnyDialogOpen();
  const hidden = usePageHidden();
  const { statusesOf, transitional } = options;
  // When the statuses on screen last changed.
  const steady = useRef({ statuses: '', since: 0 });
  const steadyFor = (data: D | undefined) => {
    const statuses = data ? statusesOf(data).join('\n') : '';
    const now = Date.now();
    if (statuses !== steady.current.statuses) steady.current = { statuses, since: now };
    return now - steady.current.since;
  };
  const query = useQuery({
    queryKey: options.queryKey,
    queryFn: options.queryFn,
    enabled: options.enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: (query) =>
      pollInterval({
        statuses: query.state.data ? statusesOf(query.state.data) : [],
        transitional,
        failed: query.state.status === 'error',
        dialogOpen,
        hidden,
        steadyForMs: steadyFor(query.state.data),
      }),
    refetchIntervalInBackground: false,
  });
  // The same rule, for telling the user how often the view refreshes.
  const interval = pollInterval({
    statuses: query.data ? statusesOf(query.data) : [],
    transitional,
    failed: query.isError,
    dialogOpen,
    hidden,
    steadyForMs: steadyFor(query.data),
  });
  return { query, interval };
}
