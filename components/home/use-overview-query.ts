'use client';

import type { QueryKey } from '@tanstack/react-query';
import { usePolledQuery } from '@/components/resource/use-polled-query';

const SETTLED: ReadonlySet<string> = new Set();
const none = () => [];

/**
 * The one request of an overview card: cached under `queryKey`, refreshed
 * every ~30 s (SLOW_POLL_MS), not after a failure, while a dialog is open or
 * while the tab is hidden. SCP allows 600 GETs a minute for every user of the
 * console together, so a card never polls faster.
 */
export function useOverviewQuery<D>(queryKey: QueryKey, queryFn: (ctx: { signal: AbortSignal }) => Promise<D>, enabled = true) {
  return usePolledQuery({ queryKey, queryFn, statusesOf: none, transitional: SETTLED, enabled }).query;
}
