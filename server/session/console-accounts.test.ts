import { describe, expect, it } from 'vitest';
import { verifyConsoleAccount, verifyPasswordHash } from './console-accounts';
import { scryptHash } from './testing';

describe('console account passwords', () => {
  it('verifies hashes made as .env.example shows', async () => {
    const hash = scryptHash('correct horse');
    expect(await verifyPasswordHash('correct horse', hash)).toBe(true);
    expect(await verifyPasswordHash('correct horse ', hash)).toBe(false);
    expect(await verifyPasswordHash('', hash)).toBe(false);
  });

  it('verifies a fixed vector: the salt hex string itself is the salt, 64-byte key, default cost', async () => {
    // node -e "console.log(require('crypto').scryptSync('ops-password','0123456789abcdef0123456789abcdef',64).toString('hex'))"
    const hash = 'scrypt:0123456789abcdef0123456789abcdef:a9c767fc1844e7f018e6fb7ad9497bbebf1a15c8c013087e0a94bb7f215bfab2e22d8ee5a29677dba95f1240b089eebe9af6ac5d42d81ddc52ac4870f43d41c8';
    expect(await verifyPasswordHash('ops-password', hash)).toBe(true);
    expect(await verifyPasswordHash('ops-passwort', hash)).toBe(false);
  });

  it('refuses malformed hashes instead of throwing', async () => {
    for (const hash of ['plain', 'scrypt:salt', 'bcrypt:aa:bb', 'scrypt:aa:zz', 'scrypt:aa:abc', 'scrypt:aa:bb:cc']) {
      expect(await verifyPasswordHash('x', hash)).toBe(false);
    }
  });

  it('finds the account by exact user name and password', async () => {
    const accounts = [{ username: 'ops', password_hash: scryptHash('pw-ops'), role: 'admin' as const }];
    expect(await verifyConsoleAccount(accounts, 'ops', 'pw-ops')).toBe(accounts[0]);
    expect(await verifyConsoleAccount(accounts, 'OPS', 'pw-ops')).toBeUndefined();
    expect(await verifyConsoleAccount(accounts, 'nobody', 'pw-ops')).toBeUndefined();
  });
});
