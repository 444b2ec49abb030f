import 'server-only';
import type { AppConfig } from '../config';
import { isScpError, type CredentialScope, type Ec2Scope, type LoginResult, type ScpClient } from '../scp';
import { clientAddress, peerAddress, proxyMatcher } from './client-ip';
import { verifyConsoleAccount } from './console-accounts';
import { rateLimitedError, SignInError, signInErrorFromScp } from './errors';
import { SignInLimited, SignInLimiter } from './rate-limit';
import { consoleRole, roleFromScp, unsupportedRoleMessage, type ConsoleRole } from './roles';
import { MemoryRevocationStore, type RevocationStore } from './revocations';
import { assertSessionPassword, clearSession, newSessionId, readSession, sessionEnd, writeSession, type CookieJar, type SessionData } from './session-data';

/** Who is signed in, as the console shows and checks it. */
export interface ConsoleUser {
  username: string;
  role: ConsoleRole;
  /** SCP project (tenant) id; '' for a proxy user without a console account (sees nothing). */
  projectId: string;
  /** SCP project name; '' when only the id is known (console accounts). */
  projectName: string;
}

/** A signed-in user and the SCP credentials the console calls with on their behalf. */
export interface ConsoleSession {
  user: ConsoleUser;
  scope: CredentialScope;
  /** The console, not SCP, must confine this user to projectId (service-credential mode). */
  confined: boolean;
}

/** What the session functions need; tests pass their own. */
export interface SessionDeps {
  config: AppConfig;
  client: Pick<ScpClient, 'login'>;
  limiter?: SignInLimiter;
  /** Signed-out sessions; in this process's memory unless a shared store is given. */
  revocations?: RevocationStore;
  now?: () => number;
  warn?: (message: string) => void;
}

/** Sessions bound to one configuration and SCP client. Each call takes the request and its cookie jar. */
export interface Sessions {
  currentSession(req: Request, jar: CookieJar): Promise<ConsoleSession | null>;
  signIn(req: Request, jar: CookieJar, username: string, password: string): Promise<ConsoleUser>;
  signOut(req: Request, jar: CookieJar): Promise<void>;
}

const toUser = (d: Pick<SessionData, 'username' | 'role' | 'projectId' | 'projectName'>): ConsoleUser =>
  ({ username: d.username, role: d.role, projectId: d.projectId, projectName: d.projectName });

/**
 * Password mode (no SCP_ACCESS_KEY): users sign in with their SCP user name and
 * password; the SCP token is sealed in the cookie and every call uses it.
 * Service-credential mode (SCP_ACCESS_KEY set): every call is signed with the
 * service key; users come from CONSOLE_ACCOUNTS or, per request, from
 * TRUSTED_USER_HEADER sent by a trusted proxy, and all but admins are confined.
 */
export function createSessions(deps: SessionDeps): Sessions {
  const { config, client } = deps;
  const password = config.session.password;
  assertSessionPassword(password);
  const creds = config.scp.serviceCredentials;
  const service: Ec2Scope | undefined = creds && { kind: 'ec2', ...creds };
  if (config.trustedUserHeader && !service) {
    throw new Error('TRUSTED_USER_HEADER needs SCP_ACCESS_KEY and SCP_SECRET_KEY: proxy-signed-in users have no SCP password, so the console calls SCP with the service credential');
  }
  const now = deps.now ?? Date.now;
  const limiter = deps.limiter ?? new SignInLimiter(undefined, now);
  const revocations = deps.revocations ?? new MemoryRevocationStore({ now, warn: deps.warn });
  const trusted = proxyMatcher(config.trustedProxyIps);
  const warn = deps.warn ?? ((m: string) => console.warn(`[session] ${m}`));
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key) || warned.size > 1000) return;
    warned.add(key);
    warn(message);
  };

  /** Service mode: what a console user may do, from CONSOLE_ACCOUNTS (read on every request, so edits apply at once); `fallback` for names not listed. */
  function serviceUser(username: string, fallback: ConsoleRole | undefined): ConsoleSession | null {
    const account = config.consoleAccounts.find((a) => a.username === username);
    if (!account && !fallback) return null;
    const role = account ? consoleRole(account.role) : fallback;
    if (!role) {
      warnOnce(`role:${username}`, `console account ${username} has role ${account?.role}, which the console does not support; not signed in`);
      return null;
    }
    const user = { username, role, projectId: account?.project_id ?? '', projectName: '' };
    return { user, scope: { ...service! }, confined: role !== 'admin' };
  }

  /** The user a trusted proxy names, or undefined when there is no such header or its sender is not trusted. */
  function proxyUser(req: Request): string | undefined {
    const header = config.trustedUserHeader;
    const value = header && req.headers.get(header)?.trim();
    if (!header || !value) return undefined;
    const peer = peerAddress(req);
    if (!trusted(peer)) {
      warnOnce(`peer:${peer}`, `ignored ${header} from ${peer ?? 'an unknown peer'}: not in TRUSTED_PROXY_IPS`);
      return undefined;
    }
    return /^[^\x00-\x1f\x7f]{1,256}$/.test(value) ? value : undefined;
  }

  async function scpSignIn(username: string, secret: string): Promise<SessionData> {
    let login: LoginResult;
    try {
      login = await client.login(username, secret);
    } catch (err) {
      throw isScpError(err) ? signInErrorFromScp(err, config.scp.baseUrl, warn) : err;
    }
    const mapped = roleFromScp(login.roles);
    if ('unsupported' in mapped) throw new SignInError('unsupported_role', unsupportedRoleMessage(mapped.unsupported));
    if (login.expiresAt <= now()) throw new SignInError('scp_error', 'SCP answered the sign-in with a token that has already expired; check the clocks of SCP and the console');
    return {
      sid: newSessionId(), username: login.user.name || username, role: mapped.role, projectId: login.tenant.id, projectName: login.tenant.name,
      scpToken: { id: login.token, expiresAt: login.expiresAt }, signedInAt: now(),
    };
  }

  async function accountSignIn(username: string, secret: string): Promise<SessionData> {
    const account = await verifyConsoleAccount(config.consoleAccounts, username, secret);
    if (!account) throw new SignInError('invalid_credentials', 'Wrong user name or password');
    const role = consoleRole(account.role);
    if (!role) throw new SignInError('unsupported_role', unsupportedRoleMessage([account.role]));
    return { sid: newSessionId(), username, role, projectId: account.project_id ?? '', projectName: '', signedInAt: now() };
  }

  return {
    async currentSession(req, jar) {
      const fromProxy = service && proxyUser(req);
      if (fromProxy) return serviceUser(fromProxy, 'member');
      const data = await readSession(jar, password);
      if (!data || sessionEnd(data) <= now() || (await revocations.isRevoked(data.sid))) return null;
      // A cookie from the other mode (the configuration changed) is not a session.
      if (service) return data.scpToken ? null : serviceUser(data.username, undefined);
      if (!data.scpToken) return null;
      const scope: CredentialScope = {
        kind: 'password', username: data.username, token: { ...data.scpToken },
        onTokenRefresh: async (login) => {
          try {
            await writeSession(jar, req, { ...data, scpToken: { id: login.token, expiresAt: login.expiresAt } }, password, now());
          } catch {
            // This request can no longer set cookies (e.g. a Server Component); the old cookie stays.
          }
        },
      };
      return { user: toUser(data), scope, confined: false };
    },

    async signIn(req, jar, username, secret) {
      let data: SessionData;
      try {
        data = await limiter.attempt(
          username, clientAddress(req, trusted),
          () => (service ? accountSignIn(username, secret) : scpSignIn(username, secret)),
          (err) => err instanceof SignInError && err.code === 'invalid_credentials',
        );
      } catch (err) {
        throw err instanceof SignInLimited ? rateLimitedError(err, now()) : err;
      }
      await writeSession(jar, req, data, password, data.signedInAt);
      return toUser(data);
    },

    async signOut(req, jar) {
      // Copies of the cookie (another tab, another device, a stolen one) are refused from now on, not only this browser's.
      const data = await readSession(jar, password);
      if (data) await revocations.revoke(data.sid, sessionEnd(data));
      clearSession(jar, req);
    },
  };
}
