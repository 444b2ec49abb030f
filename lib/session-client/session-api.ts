import { ApiError } from '@/lib/api/client';
import type { ConsoleRole } from '@/lib/scp';

/** The signed-in user as `GET /api/session` answers it. */
export interface SessionUser {
  username: string;
  role: ConsoleRole;
  /** SCP project (tenant) id; '' when the user has none. */
  projectId: string;
  projectName: string;
}

/** A failed /api/session call: ApiError plus how long to wait when the console rate-limits sign-ins (Retry-After). */
export class SessionError extends ApiError {
  constructor(status: number, code: string, message: string, requestId?: string, scpCode?: number, readonly retryAfterSeconds?: number) {
    super(status, code, message, requestId, scpCode);
    this.name = 'SessionError';
  }
}

const ROLES: readonly string[] = ['admin', 'tenant', 'member'] satisfies readonly ConsoleRole[];
const SESSION_URL = '/api/session';

/** Sends one /api/session request; a failure becomes SessionError with the console's code and message. */
async function call(method: 'GET' | 'POST' | 'DELETE', init: { body?: unknown; signal?: AbortSignal } = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(SESSION_URL, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: init.signal,
      headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new SessionError(0, 'network_error', 'The console cannot be reached; check your connection');
  }
  if (res.ok) return res;
  const json = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; requestId?: string; scpCode?: number } } | undefined;
  const e = json?.error;
  const retryAfter = Number(res.headers.get('retry-after'));
  throw new SessionError(res.status, e?.code ?? 'http_error', e?.message ?? `The console answered HTTP ${res.status}`, e?.requestId, e?.scpCode,
    Number.isInteger(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}

async function readUser(res: Response): Promise<SessionUser> {
  const user = (await res.json()) as Partial<SessionUser>;
  if (typeof user?.username !== 'string' || !ROLES.includes(user.role as string)) {
    throw new SessionError(res.status, 'invalid_response', 'The console answered /api/session with an unexpected body');
  }
  return { username: user.username, role: user.role as ConsoleRole, projectId: user.projectId ?? '', projectName: user.projectName ?? '' };
}

/** The signed-in user, or null when nobody is (401). Other failures throw ApiError. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionUser | null> {
  try {
    return await readUser(await call('GET', { signal }));
  } catch (err) {
    if (err instanceof SessionError && err.status === 401) return null;
    throw err;
  }
}

/** Signs in; throws SessionError with the console's error code when refused. */
export async function signIn(credentials: { username: string; password: string }): Promise<SessionUser> {
  return readUser(await call('POST', { body: credentials }));
}

/** Ends the session (the console deletes its cookie). */
export async function signOut(): Promise<void> {
  await call('DELETE');
}
