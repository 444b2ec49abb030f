import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/client';
import { queryKeys } from '../query-keys';

/** The console's answer when the session is gone (expired, signed out elsewhere, cookie deleted). */
function isSessionGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}

/** Retries a failed query at most twice, and never a 4xx: asking again will not change the answer (architecture principle 7). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * The browser's QueryClient. Any request answered "unauthenticated" marks the
 * session as gone, which makes the console layout send the user to sign in
 * (and back here afterwards) instead of each page showing its own 401.
 */
export function createQueryClient(): QueryClient {
  const sessionGone = (error: unknown) => {
    if (isSessionGone(error)) client.setQueryData(queryKeys.session, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionGone }),
    mutationCache: new MutationCache({ onError: sessionGone }),
    defaultOptions: { queries: { retry: shouldRetry } },
  });
  return client;
}
