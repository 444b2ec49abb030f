import 'server-only';
import { randomBytes, scryptSync } from 'node:crypto';
import { parseConfig, type AppConfig } from '../config';
import { ScpClient, type RetryPolicy } from '../scp';
import { FAST_RETRY, recordingLogger } from '../scp/testing';
import type { CookieJar, CookieOptions } from './session-data';

/*
 * Shared by the session tests: configurations, an in-memory cookie jar standing
 * in for Next's cookies(), and console-account hashes made as .env.example shows.
 */

export const SECRET = 'test-session-secret-0123456789-abcdefghij';
export const OLD_SECRET = 'old-session-secret-0123456789-abcdefghijk';

/** A configuration as parseConfig gives it, from the minimum plus `env`. */
export function testConfig(baseUrl: string, env: Record<string, string> = {}): AppConfig {
  return parseConfig({ SCP_BASE_URL: baseUrl, SESSION_SECRET: SECRET, SCP_TIMEOUT_CONNECT_MS: '500', SCP_TIMEOUT_HEADERS_MS: '200', SCP_TIMEOUT_BODY_MS: '200', ...env });
}

/** An SCP client for `config` with millisecond retries (or `retry`) and a logger that keeps quiet. */
export function testClient(config: AppConfig, retry: Partial<RetryPolicy> = {}): ScpClient {
  return new ScpClient(config.scp, { retry: { ...FAST_RETRY, ...retry }, logger: recordingLogger() });
}

/** A cookie jar in memory that records every Set-Cookie. */
export function memoryJar(initial: Record<string, string> = {}): CookieJar & { sets: { name: string; value: string; options: CookieOptions }[]; values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  const sets: { name: string; value: string; options: CookieOptions }[] = [];
  return {
    values, sets,
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set(name, value, options) {
      sets.push({ name, value, options });
      if (options.maxAge > 0) values.set(name, value);
      else values.delete(name);
    },
  };
}

/** `scrypt:<salt>:<key>` exactly as the generator in .env.example makes it. */
export function scryptHash(password: string): string {
  const salt = randomBytes(16).toString('hex');
  return `scrypt:${salt}:${scryptSync(password, salt, 64).toString('hex')}`;
}
