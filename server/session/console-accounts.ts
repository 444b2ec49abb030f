import 'server-only';
import { scrypt, timingSafeEqual } from 'node:crypto';
import type { ConsoleAccount } from '../config';

/*
 * Console accounts (CONSOLE_ACCOUNTS, service-credential mode). password_hash is
 * `scrypt:<salt>:<key hex>` made as .env.example shows: node:crypto scrypt with
 * its default cost (N=16384, r=8, p=1), the salt hex string itself as the salt,
 * a 64-byte key.
 */

/** Compared against when the user name is unknown, so both cases take the same time. */
const DUMMY_HASH = `scrypt:${'0'.repeat(32)}:${'0'.repeat(128)}`;

function derive(password: string, salt: string, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, length, (err, key) => (err ? reject(err) : resolve(key))));
}

/** True when `password` matches a `scrypt:<salt>:<key hex>` hash; compares in constant time. */
export async function verifyPasswordHash(password: string, hash: string): Promise<boolean> {
  const [scheme, salt, keyHex, ...rest] = hash.split(':');
  if (scheme !== 'scrypt' || !salt || !keyHex || rest.length > 0 || !/^[0-9a-f]+$/i.test(keyHex) || keyHex.length % 2) return false;
  const expected = Buffer.from(keyHex, 'hex');
  const actual = await derive(password, salt, expected.length);
  return timingSafeEqual(actual, expected);
}

/** The account whose user name and password match, or undefined (in the same time either way). */
export async function verifyConsoleAccount(accounts: readonly ConsoleAccount[], username: string, password: string): Promise<ConsoleAccount | undefined> {
  const account = accounts.find((a) => a.username === username);
  const matches = await verifyPasswordHash(password, account?.password_hash ?? DUMMY_HASH);
  return account && matches ? account : undefined;
}
