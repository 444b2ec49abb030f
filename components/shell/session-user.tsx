'use client';

import { createContext, useContext } from 'react';
import type { SessionUser } from '@/lib/session-client/session-api';

/** The signed-in user, provided by the console layout once the session is known. */
export const SessionUserContext = createContext<SessionUser | null>(null);

/** The signed-in user, for any component inside the console layout (it renders nothing until there is one). */
export function useSessionUser(): SessionUser {
  const user = useContext(SessionUserContext);
  if (!user) throw new Error('useSessionUser needs the console layout (components/shell/console-shell.tsx) above it');
  return user;
}
