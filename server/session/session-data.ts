import 'server-only';
import { randomBytes } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import type { AppConfig } from '../config';
import { CONSOLE_ROLES } from './roles';

/*
 * The one place that says what the session cookie holds and how it is sealed
 * (architecture principle 8). The seal is iron-session's (AES-256-CBC + HMAC);
 * the browser can neither read nor change it.
 */

/** Name of the session cookie. */
export const SESSION_COOKIE = 'scp_console';

/** How long a console-account session (service-credential mode) lasts; it has no SCP token to end it. */
export const ACCOUNT_SESSION_MS = 8 * 60 * 60_000;

/**
 * SESSION_SECRET: one secret, or iron-session's rotation map {"2":"new","1":"old"}.
 * The highest key seals new cookies; every key still opens old ones, so keep an
 * old key until the longest session sealed with it has ended (the SCP token
 * lifetime, or 8 h for console accounts). A seal names the key that made it and
 * a plain secret counts as key 1: rotate a plain secret to {"2":"new","1":"old"}.
 */
export type SessionPassword = AppConfig['session']['password'];

const SessionDataSchema = z.object({
  /** This session's id, for revocation at sign-out; a cookie without one (sealed before ids existed) is not a session. */
  sid: z.string().min(16).max(64),
  username: z.string().min(1),
  role: z.enum(CONSOLE_ROLES),
  projectId: z.string(),
  projectName: z.string(),
  /** The SCP token of a password sign-in; absent for console accounts (service-credential mode). */
  scpToken: z.object({ id: z.string().min(1), expiresAt: z.number() }).optional(),
  /** Epoch ms. */
  signedInAt: z.number(),
});

/** What the sealed cookie holds. Never a password. */
export type SessionData = z.infer<typeof SessionDataSchema>;

/** A new session id: 128 random bits, base64url. */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

/** When a session ends: with its SCP token, or ACCOUNT_SESSION_MS after a console-account sign-in. */
export function sessionEnd(data: SessionData): number {
  return data.scpToken?.expiresAt ?? data.signedInAt + ACCOUNT_SESSION_MS;
}

/** Attributes of the session cookie. */
export interface CookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: 'lax';
  path: '/';
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
}

/** The cookies of one request/response: Next's `await cookies()` in a route handler, or a test double. */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: CookieOptions): unknown;
}

/**
 * Whether the browser reached the console over https: X-Forwarded-Proto (first
 * hop, as a TLS-terminating proxy sets it; `next start` fills it from its own
 * socket when absent), else the URL. A client lying here only hurts itself: a
 * Secure cookie over http is not sent back, a non-Secure one is sent as before.
 */
export function servedOverHttps(req: Request): boolean {
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
  return proto ? proto === 'https' : new URL(req.url).protocol === 'https:';
}

/** HttpOnly, SameSite=Lax, Secure when served over https. */
export function cookieOptions(req: Request, maxAge: number): CookieOptions {
  return { httpOnly: true, secure: servedOverHttps(req), sameSite: 'lax', path: '/', maxAge };
}

/** Seals session data; the seal itself expires after `ttlSeconds`. */
export function sealSession(data: SessionData, password: SessionPassword, ttlSeconds: number): Promise<string> {
  return sealData(data, { password, ttl: ttlSeconds });
}

/**
 * Opened seals, for a short while: every API call of a signed-in browser
 * carries the same seal, and opening it (key derivation, decryption, MAC) is
 * the largest part of the console's own latency. Only successfully opened
 * seals are kept; callers still check the session's own end on every request.
 */
const opened = new Map<string, { data: SessionData; until: number; password: SessionPassword }>();
const OPENED_TTL_MS = 30_000;
const OPENED_MAX = 5_000;

/** A seal as iron-session 8 writes it: iron's `Fe26.2*…` fields, then `~2`. */
const SEAL_FORM = /^Fe26\.2\*[A-Za-z0-9_*-]+~2$/;

/** Opens a seal: the data, or null when it is forged, expired, sealed with an unknown key or not a session. */
export async function unsealSession(seal: string, password: SessionPassword, now = Date.now()): Promise<SessionData | null> {
  // iron-session reads the version after `~` with parseInt, so `…~2x` would open too: only its own form is a seal.
  if (!SEAL_FORM.test(seal)) return null;
  const hit = opened.get(seal);
  if (hit && hit.until > now && hit.password === password) return hit.data;
  try {
    const parsed = SessionDataSchema.safeParse(await unsealData<unknown>(seal, { password }));
    if (!parsed.success) return null;
    if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value!);
    opened.set(seal, { data: parsed.data, until: now + OPENED_TTL_MS, password });
    return parsed.data;
  } catch {
    return null;
  }
}

/** Seals `data` into the cookie, which ends when the session does. */
export async function writeSession(jar: CookieJar, req: Request, data: SessionData, password: SessionPassword, now: number): Promise<void> {
  const seconds = Math.floor((sessionEnd(data) - now) / 1000);
  if (seconds <= 0) throw new Error('refusing to write a session that has already ended');
  const seal = await sealSession(data, password, seconds);
  // Browsers drop cookies over 4 KiB; fail loudly rather than sign in without a session.
  if (SESSION_COOKIE.length + seal.length > 4000) throw new Error(`the session cookie would be ${seal.length} bytes, over the 4 KiB browsers keep`);
  jar.set(SESSION_COOKIE, seal, cookieOptions(req, seconds));
}

/** The session data of the request's cookie, or null; whether it has ended or been revoked is the caller's to check. */
export async function readSession(jar: CookieJar, password: SessionPassword): Promise<SessionData | null> {
  const seal = jar.get(SESSION_COOKIE)?.value;
  return seal ? unsealSession(seal, password) : null;
}

/** Deletes the session cookie. */
export function clearSession(jar: CookieJar, req: Request): void {
  jar.set(SESSION_COOKIE, '', cookieOptions(req, 0));
}

/** Refuses a missing or short secret with a message naming SESSION_SECRET (config checks too; this guards other callers). */
export function assertSessionPassword(password: SessionPassword | undefined): asserts password is SessionPassword {
  const secrets = typeof password === 'string' ? [password] : Object.values(password ?? {});
  if (secrets.length === 0 || secrets.some((s) => typeof s !== 'string' || s.length < 32)) {
    throw new Error('SESSION_SECRET is required: a secret of at least 32 characters, or a rotation map {"2":"new…","1":"old…"} of such secrets');
  }
}
