import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';

/** Calls signed with an access key pair (EC2, AWS4-HMAC-SHA256). */
export interface Ec2Scope {
  kind: 'ec2';
  accessKey: string;
  secretKey: string;
}

/** A token from POST /janus/authenticate, as a session may store it. */
export interface TokenState {
  id: string;
  /** Epoch ms. */
  expiresAt: number;
}

/**
 * Calls as a user with a token. The session layer passes the token it holds
 * (e.g. from its sealed cookie) and, if it can, a way to get the password, so
 * the client can sign in again before the token expires or once after a 401.
 * The client replaces `token` in this object when it signs in again and calls
 * `onTokenRefresh`, so the session can store the new token.
 */
export interface PasswordScope {
  kind: 'password';
  username: string;
  token?: TokenState;
  password?: () => string | Promise<string>;
  onTokenRefresh?: (login: LoginResult) => void | Promise<void>;
}

/** Whose credentials a call uses; every client call takes one. */
export type CredentialScope = Ec2Scope | PasswordScope;

/** The outcome of a password sign-in. */
export interface LoginResult {
  token: string;
  /** Epoch ms; the client signs in again a few minutes before. */
  expiresAt: number;
  user: { id: string; name: string };
  /** SCP role names, e.g. ["admin"] or ["tenant"]. */
  roles: string[];
  tenant: { id: string; name: string; enabled?: boolean; description?: string };
}

/** Key of this process for credential fingerprints; never leaves memory. */
const fingerprintKey = randomBytes(32);

/** A keyed hash, so cache keys and logs can tell credentials apart without holding them. */
export function fingerprint(...parts: string[]): string {
  return createHmac('sha256', fingerprintKey).update(parts.join('\n')).digest('base64url').slice(0, 22);
}

/**
 * The key that separates one caller's single-flight and cache entries from
 * another's. It is derived from what proves the identity (the key pair, or the
 * token actually sent), never from a user name alone, and is never the secret.
 */
export function scopeKey(scope: CredentialScope): string {
  if (scope.kind === 'ec2') return `ec2:${fingerprint('ec2', scope.accessKey, scope.secretKey)}`;
  return `token:${fingerprint('token', scope.token?.id ?? '')}`;
}
