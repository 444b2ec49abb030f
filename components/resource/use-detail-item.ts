'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import type { DetailView, StatusModel } from '@/lib/resources/core/types';
import { useCachedRead } from './use-cached-read';
import { usePolledQuery } from './use-polled-query';

/**
 * The item of a detail page: its own read, refreshed by its state like the
 * list, with what the view's second read (`also`) adds once that has come.
 */
export function useDetailItem<T>(detail: DetailView<T>, status: Pick<StatusModel<T>, 'of' | 'transitional'>, id: string) {
  const session = useSessionUser();
  const read = useCachedRead();
  const { query } = usePolledQuery({
    queryKey: detail.read.key(id),
    queryFn: ({ signal }) => detail.read.fetch(id, signal, { read, session }),
    statusesOf: (item) => [status.of(item)],
    transitional: status.transitional,
  });
  const own = query.data;
  const { also } = detail;
  const more = useQuery({
    queryKey: own && also ? also.key(own) : ['detail-also', id],
    queryFn: own && also ? ({ signal }) => also.fetch(own, signal) : skipToken,
    refetchInterval: also?.refreshMs,
    refetchIntervalInBackground: false,
  });
  const item = useMemo(() => (own && also && more.data !== undefined ? { ...own, ...also.pick(more.data, own) } : own), [own, also, more.data]);
  return { query, item };
}
