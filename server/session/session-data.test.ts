import { describe, expect, it } from 'vitest';
import { assertSessionPassword, cookieOptions, sealSession, SESSION_COOKIE, unsealSession, writeSession, type SessionData } from './session-data';
import { memoryJar, OLD_SECRET, SECRET } from './testing';

const data: SessionData = {
  sid: 'c2Vzc2lvbi1pZC0wMDAx', username: 'acme', role: 'tenant', projectId: 'p-1', projectName: 'acme',
  scpToken: { id: 'token-123', expiresAt: Date.now() + 3600_000 }, signedInAt: Date.now(),
};

describe('sealing', () => {
  it('round-trips the session and hides the token', async () => {
    const seal = await sealSession(data, SECRET, 3600);
    expect(seal).not.toContain('token-123');
    expect(seal).not.toContain('acme');
    expect(await unsealSession(seal, SECRET)).toEqual(data);
    // iron-session's own version parse would take these; the console does not.
    expect(await unsealSession(`${seal}x`, SECRET)).toBeNull();
    expect(await unsealSession(seal.replace(/~2$/, '~2.0'), SECRET)).toBeNull();
  });

  it('opens a cookie sealed with the old secret after rotation, and seals new ones with the newest key', async () => {
    const old = await sealSession(data, OLD_SECRET, 3600);
    const rotated = { 2: SECRET, 1: OLD_SECRET };
    expect(await unsealSession(old, rotated)).toEqual(data);
    const fresh = await sealSession(data, rotated, 3600);
    expect(await unsealSession(fresh, { 2: SECRET })).toEqual(data);
    // The seal names its key: a plain secret is key 1, so the new secret must take a new, higher key.
    expect(await unsealSession(fresh, SECRET)).toBeNull();
    expect(await unsealSession(fresh, { 1: OLD_SECRET })).toBeNull();
    // Once the old key is dropped, its cookies no longer open.
    expect(await unsealSession(old, { 2: SECRET })).toBeNull();
  });

  it('refuses forged, tampered, expired and foreign seals', async () => {
    const seal = await sealSession(data, SECRET, 3600);
    expect(await unsealSession(seal, 'another-secret-of-at-least-32-characters!')).toBeNull();
    expect(await unsealSession(seal.replace(/\*[^*]{4}/, '*AAAA'), SECRET)).toBeNull();
    expect(await unsealSession('not-a-seal', SECRET)).toBeNull();
    expect(await unsealSession(await sealSession({ ...data, role: 'root' } as unknown as SessionData, SECRET, 3600), SECRET)).toBeNull();
    const expired = await sealSession(data, SECRET, 1);
    const realNow = Date.now;
    Date.now = () => realNow() + 120_000;
    try {
      expect(await unsealSession(expired, SECRET)).toBeNull();
    } finally {
      Date.now = realNow;
    }
  });
});

describe('cookie', () => {
  it('is HttpOnly, SameSite=Lax, and Secure only over https', () => {
    expect(cookieOptions(new Request('http://console.local/api/session'), 60)).toEqual({ httpOnly: true, secure: false, sameSite: 'lax', path: '/', maxAge: 60 });
    expect(cookieOptions(new Request('https://console.local/api/session'), 60).secure).toBe(true);
    expect(cookieOptions(new Request('http://localhost:3000/api/session', { headers: { 'x-forwarded-proto': 'https' } }), 60).secure).toBe(true);
    expect(cookieOptions(new Request('https://localhost:3000/api/session', { headers: { 'x-forwarded-proto': 'http' } }), 60).secure).toBe(false);
  });

  it('lives exactly as long as the SCP token', async () => {
    const now = Date.now();
    const jar = memoryJar();
    await writeSession(jar, new Request('http://console.local/'), { ...data, scpToken: { id: 't', expiresAt: now + 90 * 60_000 } }, SECRET, now);
    expect(jar.sets).toHaveLength(1);
    expect(jar.sets[0]).toMatchObject({ name: SESSION_COOKIE, options: { maxAge: 90 * 60 } });
  });

  it('refuses to run without a proper SESSION_SECRET', () => {
    expect(() => assertSessionPassword(undefined)).toThrow(/SESSION_SECRET is required/);
    expect(() => assertSessionPassword('short')).toThrow(/at least 32 characters/);
    expect(() => assertSessionPassword({ 2: SECRET, 1: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() => assertSessionPassword({ 2: SECRET })).not.toThrow();
  });
});
