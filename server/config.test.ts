import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

const SECRET = 'x'.repeat(32);
const base = { SCP_BASE_URL: 'https://10.0.0.1/', SESSION_SECRET: SECRET };

function problems(env: Record<string, string | undefined>): Record<string, string> {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const out: Record<string, string> = {};
    for (const p of (err as ConfigError).problems) out[p.variable] = out[p.variable] ? `${out[p.variable]}; ${p.message}` : p.message;
    return out;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const c = parseConfig(base);
    expect(c.scp).toMatchObject({
      baseUrl: 'https://10.0.0.1',
      tls: { mode: 'system' },
      signing: { signedHeaders: 'path;x-amz-date', region: 'cn-south-1', service: 'open-api' },
      rsaPadding: 'pkcs1',
      cacheMs: 1000,
      ratePerMinute: { get: 540, write: 90 },
      timeouts: { connectMs: 5000, headersMs: 30_000, bodyMs: 30_000 },
    });
    expect(c.scp.serviceCredentials).toBeUndefined();
    expect(c.port).toBe(3000);
    expect(c.session.password).toBe(SECRET);
  });

  it('names missing required variables', () => {
    expect(problems({})).toEqual({ SCP_BASE_URL: 'is required', SESSION_SECRET: 'is required' });
  });

  it('names each bad variable without echoing secrets', () => {
    const p = problems({ ...base, SCP_BASE_URL: 'ftp://x', SCP_RATE_GET_PER_MIN: '7.5', SESSION_SECRET: 'short-secret', SCP_TLS_INSECURE: 'yes', SCP_SIGNED_HEADERS: 'path' });
    expect(Object.keys(p).sort()).toEqual(['SCP_BASE_URL', 'SCP_RATE_GET_PER_MIN', 'SCP_SIGNED_HEADERS', 'SCP_TLS_INSECURE', 'SESSION_SECRET']);
    expect(p.SESSION_SECRET).toMatch(/32 characters/);
    expect(JSON.stringify(p)).not.toContain('short-secret');
  });

  it('normalises a TLS fingerprint and refuses two TLS modes at once', () => {
    const fp = 'ab'.repeat(32);
    expect(parseConfig({ ...base, SCP_TLS_FINGERPRINT: fp }).scp.tls).toEqual({ mode: 'fingerprint', fingerprint256: 'AB:'.repeat(31) + 'AB' });
    expect(problems({ ...base, SCP_TLS_FINGERPRINT: 'AB:CD' }).SCP_TLS_FINGERPRINT).toMatch(/SHA-256/);
    expect(problems({ ...base, SCP_TLS_FINGERPRINT: fp, SCP_TLS_INSECURE: '1' }).SCP_TLS_CA_FILE).toMatch(/only one/);
    expect(parseConfig({ ...base, SCP_TLS_INSECURE: '1' }).scp.tls).toEqual({ mode: 'insecure' });
    expect(parseConfig({ ...base, SCP_TLS_CA_FILE: '/etc/scp-ca.pem' }).scp.tls).toEqual({ mode: 'ca', caFile: '/etc/scp-ca.pem' });
  });

  it('accepts a session secret rotation map and rejects bad JSON by name', () => {
    const map = { 2: 'n'.repeat(40), 1: 'o'.repeat(40) };
    expect(parseConfig({ ...base, SESSION_SECRET: JSON.stringify(map) }).session.password).toEqual({ 2: 'n'.repeat(40), 1: 'o'.repeat(40) });
    expect(problems({ ...base, SESSION_SECRET: '{"1": "too short"}' }).SESSION_SECRET).toMatch(/32 characters/);
    expect(problems({ ...base, SESSION_SECRET: '{not json' + 'x'.repeat(30) }).SESSION_SECRET).toMatch(/JSON/);
  });

  it('pairs the access key with the secret key and checks console accounts', () => {
    expect(problems({ ...base, SCP_ACCESS_KEY: 'ak' }).SCP_SECRET_KEY).toMatch(/go together/);
    const account = { username: 'ops', password_hash: `scrypt:${'a'.repeat(32)}:${'b'.repeat(128)}`, role: 'admin' };
    expect(problems({ ...base, CONSOLE_ACCOUNTS: JSON.stringify([account]) }).CONSOLE_ACCOUNTS).toMatch(/SCP_ACCESS_KEY/);
    const c = parseConfig({ ...base, SCP_ACCESS_KEY: 'ak', SCP_SECRET_KEY: 'sk', CONSOLE_ACCOUNTS: JSON.stringify([account]) });
    expect(c.scp.serviceCredentials).toEqual({ accessKey: 'ak', secretKey: 'sk' });
    expect(c.consoleAccounts).toEqual([account]);
    expect(problems({ ...base, CONSOLE_ACCOUNTS: '[{"username":"x","password_hash":"plain","role":"admin"}]' }).CONSOLE_ACCOUNTS).toMatch(/scrypt/);
    expect(problems({ ...base, CONSOLE_ACCOUNTS: '[oops' }).CONSOLE_ACCOUNTS).toMatch(/JSON/);
    expect(problems({ ...base, SCP_ACCESS_KEY: 'ak', SCP_SECRET_KEY: 'sk', CONSOLE_ACCOUNTS: JSON.stringify([account, account]) }).CONSOLE_ACCOUNTS).toMatch(/unique/);
  });

  it('needs trusted proxies and the service credential with a trusted user header', () => {
    const service = { ...base, SCP_ACCESS_KEY: 'ak', SCP_SECRET_KEY: 'sk' };
    expect(problems({ ...service, TRUSTED_USER_HEADER: 'X-Remote-User' }).TRUSTED_PROXY_IPS).toMatch(/required/);
    const c = parseConfig({ ...service, TRUSTED_USER_HEADER: 'X-Remote-User', TRUSTED_PROXY_IPS: '10.0.0.5, 10.1.0.0/16' });
    expect(c.trustedUserHeader).toBe('x-remote-user');
    expect(c.trustedProxyIps).toEqual(['10.0.0.5', '10.1.0.0/16']);
    expect(problems({ ...service, TRUSTED_USER_HEADER: 'X-Remote-User', TRUSTED_PROXY_IPS: '10.0.0.5, 10.1.0.0/33' }).TRUSTED_PROXY_IPS).toMatch(/CIDR/);
    // Without SCP_ACCESS_KEY/SCP_SECRET_KEY the header would mean nothing: refused at start, naming the variables.
    for (const keys of [{}, { SCP_ACCESS_KEY: 'ak' }, { SCP_SECRET_KEY: 'sk' }]) {
      const p = problems({ ...base, ...keys, TRUSTED_USER_HEADER: 'X-Remote-User', TRUSTED_PROXY_IPS: '10.0.0.5' });
      expect(p.TRUSTED_USER_HEADER, JSON.stringify(keys)).toMatch(/needs SCP_ACCESS_KEY and SCP_SECRET_KEY/);
    }
    expect(() => parseConfig({ ...base, TRUSTED_USER_HEADER: 'X-Remote-User', TRUSTED_PROXY_IPS: '10.0.0.5' })).toThrow(/TRUSTED_USER_HEADER needs SCP_ACCESS_KEY and SCP_SECRET_KEY/);
    expect(parseConfig({ ...base, TRUSTED_PROXY_IPS: '::1, fd00::/8' }).trustedProxyIps).toEqual(['::1', 'fd00::/8']);
  });

  it('bounds uploads at 64 GiB unless SCP_UPLOAD_MAX_BYTES says otherwise', () => {
    expect(parseConfig(base).scp.uploadMaxBytes).toBe(68_719_476_736);
    expect(parseConfig({ ...base, SCP_UPLOAD_MAX_BYTES: '1048576' }).scp.uploadMaxBytes).toBe(1_048_576);
    expect(problems({ ...base, SCP_UPLOAD_MAX_BYTES: '64GiB' }).SCP_UPLOAD_MAX_BYTES).toMatch(/whole number/);
    expect(problems({ ...base, SCP_UPLOAD_MAX_BYTES: '0' })).toHaveProperty('SCP_UPLOAD_MAX_BYTES');
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ ...base, SCP_CACHE_MS: '', PORT: ' ' }).scp.cacheMs).toBe(1000);
  });

  it('is documented completely in .env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z_]+)=/gm)].map((m) => m[1]));
    const source = readFileSync(new URL('./config.ts', import.meta.url), 'utf8');
    const read = [...source.matchAll(/^ {2}([A-Z_]+): /gm)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((v) => !documented.has(v))).toEqual([]);
  });
});
