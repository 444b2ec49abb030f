import 'server-only';
import { isIP } from 'node:net';
import { z } from 'zod';

/*
 * The console's configuration: process.env read once and validated with zod
 * (architecture principle 9). `.env.example` documents every variable.
 */

const unset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const str = () => z.preprocess(unset, z.string().trim().optional());
const int = (min: number, max: number, fallback: number) =>
  z.preprocess(unset, z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`).default(fallback));
/** A JSON-valued variable; unparsable JSON is reported on the variable, never echoed. */
const json = <T extends z.ZodType>(schema: T, isJson: (s: string) => boolean = () => true) =>
  z.preprocess((v, ctx) => {
    const s = unset(v);
    if (typeof s !== 'string' || !isJson(s)) return s;
    try {
      return JSON.parse(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be valid JSON' });
      return z.NEVER;
    }
  }, schema);

function isIpOrCidr(value: string): boolean {
  const [ip, bits, extra] = value.split('/');
  const family = isIP(ip);
  if (!family || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

const Fingerprint = z
  .string()
  .transform((v) => v.replace(/:/g, '').toUpperCase())
  .refine((v) => /^[0-9A-F]{64}$/.test(v), 'must be a SHA-256 fingerprint: 32 hex bytes, colon-separated like AB:CD:…')
  .transform((v) => v.match(/../g)!.join(':'));

const SessionSecretMap = z
  .record(z.string().regex(/^\d+$/, 'keys must be numbers (the newest, highest one seals)'), z.string().min(32, 'every secret must be at least 32 characters'))
  .refine((m) => Object.keys(m).length > 0, 'the map must hold at least one secret');

/** One secret, or iron-session's rotation map {"2":"new…","1":"old…"}. */
const SessionSecret = z.unknown().transform((v, ctx): string | Record<string, string> => {
  const r = v !== null && typeof v === 'object' ? SessionSecretMap.safeParse(v) : z.string().min(32, 'must be at least 32 characters').safeParse(v);
  if (r.success) return r.data;
  for (const i of r.error.issues) ctx.addIssue({ code: 'custom', message: v === undefined ? 'is required' : i.message });
  return z.NEVER;
});

/** A console account for service-credential mode (SCP is called with SCP_ACCESS_KEY for everyone). */
const ConsoleAccount = z.strictObject({
  username: z.string().min(1),
  /** `scrypt:<salt hex>:<derived key hex>` (node:crypto scrypt, 64-byte key); plain passwords are refused. */
  password_hash: z.string().regex(/^scrypt:[0-9a-f]{16,}:[0-9a-f]{128}$/, 'must be scrypt:<salt hex>:<64-byte key hex>'),
  /** SCP role type the account acts as (catalog §3). */
  role: z.enum(['admin', 'tenant', 'member', 'custom_admin', 'custom_tenant', 'msp']),
  /** Tenant (project) the account is confined to; required for tenant roles. */
  project_id: z.string().min(1).optional(),
});

const EnvSchema = z.object({
  SCP_BASE_URL: z.preprocess(unset, z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of SCP, e.g. https://10.0.0.1' })),
  SCP_TLS_CA_FILE: str(),
  SCP_TLS_FINGERPRINT: z.preprocess(unset, Fingerprint.optional()),
  SCP_TLS_INSECURE: z.preprocess(unset, z.enum(['0', '1'], 'must be 1 (skip TLS verification) or 0').default('0')),
  SCP_SIGNED_HEADERS: z.preprocess(unset, z.string().default('path;x-amz-date'))
    .transform((v) => v.toLowerCase())
    .refine((v) => /^[a-z0-9-]+(;[a-z0-9-]+)*$/.test(v), 'must be header names separated by ";", e.g. path;x-amz-date')
    .refine((v) => v.split(';').includes('x-amz-date'), 'must include x-amz-date'),
  SCP_REGION: z.preprocess(unset, z.string().default('cn-south-1')),
  SCP_SERVICE: z.preprocess(unset, z.string().default('open-api')),
  SCP_COOKIE_TOKEN: z.preprocess(unset, z.string().regex(/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/, 'must be a cookie value (no spaces, quotes, commas or semicolons)').optional()),
  SCP_RSA_PADDING: z.preprocess(unset, z.enum(['pkcs1', 'oaep'], 'must be pkcs1 or oaep').default('pkcs1')),
  SCP_ACCESS_KEY: str(),
  SCP_SECRET_KEY: str(),
  SCP_CACHE_MS: int(0, 60_000, 1000),
  // SCP documents 600 GET and 100 other requests per minute per IP; higher values are
  // only for installations whose limits were raised, and for benchmarks on the simulator.
  SCP_RATE_GET_PER_MIN: int(1, 1_000_000, 540),
  SCP_RATE_WRITE_PER_MIN: int(1, 1_000_000, 90),
  SCP_TIMEOUT_CONNECT_MS: int(100, 120_000, 5000),
  SCP_TIMEOUT_HEADERS_MS: int(100, 600_000, 30_000),
  SCP_TIMEOUT_BODY_MS: int(100, 600_000, 30_000),
  SCP_UPLOAD_MAX_BYTES: int(1, Number.MAX_SAFE_INTEGER, 64 * 1024 ** 3),
  SESSION_SECRET: json(SessionSecret, (s) => s.trim().startsWith('{')),
  TRUSTED_USER_HEADER: z.preprocess(unset, z.string().regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name').transform((v) => v.toLowerCase()).optional()),
  TRUSTED_PROXY_IPS: z.preprocess(unset, z.string().optional())
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .refine((ips) => ips.every(isIpOrCidr), 'must be a comma-separated list of IP addresses or CIDRs'),
  CONSOLE_ACCOUNTS: json(z.array(ConsoleAccount)
    .refine((a) => new Set(a.map((x) => x.username)).size === a.length, 'user names must be unique')
    .optional()),
  PORT: int(1, 65_535, 3000),
});

const ConfigSchema = EnvSchema.superRefine((e, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const tlsModes = [e.SCP_TLS_CA_FILE, e.SCP_TLS_FINGERPRINT, e.SCP_TLS_INSECURE === '1' ? '1' : undefined].filter(Boolean);
  if (tlsModes.length > 1) issue('SCP_TLS_CA_FILE', 'set only one of SCP_TLS_CA_FILE, SCP_TLS_FINGERPRINT and SCP_TLS_INSECURE=1');
  if (!!e.SCP_ACCESS_KEY !== !!e.SCP_SECRET_KEY) issue(e.SCP_ACCESS_KEY ? 'SCP_SECRET_KEY' : 'SCP_ACCESS_KEY', 'SCP_ACCESS_KEY and SCP_SECRET_KEY go together');
  if (e.TRUSTED_USER_HEADER && e.TRUSTED_PROXY_IPS.length === 0) issue('TRUSTED_PROXY_IPS', 'is required with TRUSTED_USER_HEADER: only these proxies may assert the user');
  // A proxy-signed-in user has no SCP password, so the header only means something in service-credential mode.
  if (e.TRUSTED_USER_HEADER && !(e.SCP_ACCESS_KEY && e.SCP_SECRET_KEY)) {
    issue('TRUSTED_USER_HEADER', 'works only in service-credential mode: TRUSTED_USER_HEADER needs SCP_ACCESS_KEY and SCP_SECRET_KEY');
  }
  if (e.CONSOLE_ACCOUNTS?.length && !e.SCP_ACCESS_KEY) issue('CONSOLE_ACCOUNTS', 'needs SCP_ACCESS_KEY and SCP_SECRET_KEY (service-credential mode)');
  e.CONSOLE_ACCOUNTS?.forEach((a, i) => {
    if (['tenant', 'member', 'custom_tenant'].includes(a.role) && !a.project_id) issue('CONSOLE_ACCOUNTS', `account ${i} (${a.username}) has role ${a.role} and needs project_id`);
  });
}).transform((e) => ({
  scp: {
    baseUrl: e.SCP_BASE_URL.replace(/\/+$/, ''),
    tls: e.SCP_TLS_CA_FILE ? { mode: 'ca' as const, caFile: e.SCP_TLS_CA_FILE }
      : e.SCP_TLS_FINGERPRINT ? { mode: 'fingerprint' as const, fingerprint256: e.SCP_TLS_FINGERPRINT }
      : e.SCP_TLS_INSECURE === '1' ? { mode: 'insecure' as const } : { mode: 'system' as const },
    signing: { signedHeaders: e.SCP_SIGNED_HEADERS, region: e.SCP_REGION, service: e.SCP_SERVICE },
    cookieToken: e.SCP_COOKIE_TOKEN,
    rsaPadding: e.SCP_RSA_PADDING,
    serviceCredentials: e.SCP_ACCESS_KEY && e.SCP_SECRET_KEY ? { accessKey: e.SCP_ACCESS_KEY, secretKey: e.SCP_SECRET_KEY } : undefined,
    cacheMs: e.SCP_CACHE_MS,
    ratePerMinute: { get: e.SCP_RATE_GET_PER_MIN, write: e.SCP_RATE_WRITE_PER_MIN },
    timeouts: { connectMs: e.SCP_TIMEOUT_CONNECT_MS, headersMs: e.SCP_TIMEOUT_HEADERS_MS, bodyMs: e.SCP_TIMEOUT_BODY_MS },
    uploadMaxBytes: e.SCP_UPLOAD_MAX_BYTES,
  },
  session: { password: e.SESSION_SECRET },
  trustedUserHeader: e.TRUSTED_USER_HEADER,
  trustedProxyIps: e.TRUSTED_PROXY_IPS,
  consoleAccounts: e.CONSOLE_ACCOUNTS ?? [],
  port: e.PORT,
}));

/** The console's validated configuration. */
export type AppConfig = z.output<typeof ConfigSchema>;
/** The SCP client's part of the configuration. */
export type ScpSettings = AppConfig['scp'];
/** A service-credential-mode console account. */
export type ConsoleAccount = z.output<typeof ConsoleAccount>;

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment (pure; tests pass their own). Throws ConfigError naming each bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => ({
    variable: String(i.path[0] ?? '(environment)'),
    message: unset(env[String(i.path[0])]) === undefined && i.code !== 'custom' ? 'is required' : i.message,
  })));
}

let cached: AppConfig | undefined;

/** The configuration of this process, parsed from process.env on first use. */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
