'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CachedRead } from '@/lib/resources/core/types';

/** Reads through the query cache (fetchQuery), so lookups a declaration asks for are shared with every other view. */
export function useCachedRead(): CachedRead {
  const queryClient = useQueryClient();
  return useCallback((options) => queryClient.fetchQuery(options), [queryClient]);
}
