import { describe, expect, it } from 'vitest';
import { MemoryRevocationStore } from './revocations';

describe('the in-memory revocation store', () => {
  it('refuses a revoked id until the session would have ended, then forgets it', async () => {
    let now = 1_000;
    const store = new MemoryRevocationStore({ now: () => now });
    await store.revoke('a', 5_000);
    expect(await store.isRevoked('a')).toBe(true);
    expect(await store.isRevoked('b')).toBe(false);
    now = 5_000;
    expect(await store.isRevoked('a')).toBe(false);
    expect(store.size).toBe(0);
  });

  it('does not keep a session that has already ended', async () => {
    const store = new MemoryRevocationStore({ now: () => 10 });
    await store.revoke('gone', 10);
    expect(store.size).toBe(0);
  });

  it('keeps the later end when an id is revoked twice', async () => {
    let now = 0;
    const store = new MemoryRevocationStore({ now: () => now });
    await store.revoke('a', 200);
    await store.revoke('a', 100);
    now = 150;
    expect(await store.isRevoked('a')).toBe(true);
  });

  it('stays bounded: ended entries go first, then those ending soonest, with a warning', async () => {
    let now = 0;
    const warnings: string[] = [];
    const store = new MemoryRevocationStore({ max: 100, now: () => now, warn: (m) => warnings.push(m) });
    for (let i = 0; i < 100; i++) await store.revoke(`short-${i}`, 50);
    now = 60;
    await store.revoke('late', 10_000);
    expect(store.size).toBe(1);
    expect(warnings).toEqual([]);

    for (let i = 0; i < 120; i++) await store.revoke(`s-${i}`, 1_000 + i);
    expect(store.size).toBeLessThanOrEqual(100);
    expect(await store.isRevoked('late')).toBe(true);
    expect(await store.isRevoked('s-119')).toBe(true);
    expect(await store.isRevoked('s-0')).toBe(false);
    expect(warnings[0]).toMatch(/more than 100 signed-out sessions .* forgot the \d+ ending soonest/);
  });
});
