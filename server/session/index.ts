import 'server-only';
import { cookies } from 'next/headers';
import { getConfig } from '../config';
import { getScpClient } from '../scp';
import { createSessionRoutes } from './routes';
import { createSessions, type ConsoleSession, type ConsoleUser, type Sessions } from './sessions';

/*
 * The console's sessions (architecture principle 8): who is signed in, with
 * which SCP credentials, sealed in the `scp_console` cookie. Route handlers
 * call these; the pieces behind them take a cookie jar so tests can run them
 * outside Next.
 */
export type { ConsoleRole } from './roles';
export type { ConsoleSession, ConsoleUser } from './sessions';
export type { CookieJar, CookieOptions, SessionData } from './session-data';
export { SESSION_COOKIE } from './session-data';
export { SignInError, type SignInErrorCode } from './errors';
export type { RevocationStore } from './revocations';
export { assertSameOrigin, CrossOriginError } from './same-origin';

const KEY = Symbol.for('scp-console.sessions');
type Holder = { [KEY]?: Sessions };

/** The process's sessions, built on first use (so `next build` needs no configuration) and shared across module reloads. */
function sessions(): Sessions {
  const holder = globalThis as Holder;
  holder[KEY] ??= createSessions({ config: getConfig(), client: getScpClient() });
  return holder[KEY];
}

/** The signed-in session for this request, or null. Call from a route handler. */
export async function currentSession(req: Request): Promise<ConsoleSession | null> {
  return sessions().currentSession(req, await cookies());
}

/** Signs in (SCP password, or a console account in service-credential mode) and sets the cookie; throws SignInError with a code. */
export async function signIn(req: Request, username: string, password: string): Promise<ConsoleUser> {
  return sessions().signIn(req, await cookies(), username, password);
}

/** Ends the session: revokes its id (every copy of the cookie is refused from now on) and deletes the cookie. A user a trusted proxy names stays signed in through the proxy. */
export async function signOut(req: Request): Promise<void> {
  return sessions().signOut(req, await cookies());
}

/** GET, POST and DELETE of /api/session. */
export const sessionRoutes = createSessionRoutes(sessions, () => cookies());
