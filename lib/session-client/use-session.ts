'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSession, signIn, signOut, type SessionUser } from './session-api';
import { SIGN_IN_PATH } from './next-path';
import { queryKeys } from '../query-keys';

/** The signed-in user (null: nobody), read from `GET /api/session` and re-checked when the tab regains focus. */
export function useSession() {
  return useQuery<SessionUser | null>({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 30_000,
  });
}

/**
 * Signs in. On success the previous user's cached data is dropped (a session
 * that expired may have left some) and the session cache holds the new user,
 * so the console layout needs no second round trip and the sign-in page,
 * which watches the session, moves on.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      // The session query stays: the sign-in page watches it to move on.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      queryClient.setQueryData(queryKeys.session, user);
    },
  });
}

/**
 * Signs out, then loads the sign-in page afresh: a full load leaves nothing of
 * the previous user's data in memory, and no console page is left mounted to
 * race the redirect with one of its own.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => window.location.assign(SIGN_IN_PATH),
  });
}
