import 'server-only';
import { z } from 'zod';
import type { Clock } from './clock';
import type { LoginResult } from './credentials';
import { unwrapEnvelope, type CallLabel } from './envelope';
import { ScpError } from './errors';
import { encryptPassword, type RsaPadding } from './rsa';
import type { WireResponse } from './transport';

/** Sends an unauthenticated request (budget, retries and logging included). */
export type PublicExchange = (method: 'GET' | 'POST', path: string, label: CallLabel, body?: unknown) => Promise<WireResponse>;

/** Where SCP publishes its RSA modulus: v2 (SCP ≥ 6.8.0) first, then v1. */
export const PUBLIC_KEY_PATHS = ['/janus/v2/public-key', '/janus/public-key'] as const;

/** How long a fetched modulus is reused: the public-key endpoint allows 60 requests per minute per IP. */
const PUBLIC_KEY_TTL_MS = 10 * 60_000;

/** `data.public_key` of the envelope, or `public_key` of a bare answer: the envelope is unwrapped first. */
const PublicKeyAnswer = z.object({ public_key: z.string().transform((s) => s.trim()).pipe(z.string().regex(/^[0-9a-fA-F]{128,}$/)) });

const LoginAnswer = z.object({
  access: z.object({
    token: z.object({
      id: z.string().min(1),
      expires: z.string().optional(),
      tenant: z.object({ id: z.string(), name: z.string(), enabled: z.boolean().optional(), description: z.string().nullish() }).partial().optional(),
    }),
    user: z.object({
      id: z.string().optional(),
      name: z.string().optional(),
      username: z.string().optional(),
      roles: z.array(z.object({ name: z.string() })).default([]),
    }).optional(),
  }),
});

/** SCP times look like `2021-01-05T06:31:41.000000Z`; a time without zone is taken as UTC. */
export function parseScpTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const iso = value.trim().replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Password → token (catalog §2.2): fetch the modulus, encrypt the password with
 * RSA, POST /janus/authenticate. The modulus is cached, since the public-key
 * endpoint allows the console's one IP 60 requests a minute; when SCP cannot
 * decrypt (400, e.g. after its key changed) the modulus is fetched again once.
 */
export class PasswordLogin {
  private modulus?: { hex: string; until: number };
  private fetching?: Promise<string>;

  constructor(private readonly send: PublicExchange, private readonly clock: Clock, private readonly padding: RsaPadding) {}

  async login(username: string, password: string, label: CallLabel): Promise<LoginResult> {
    try {
      return await this.authenticate(username, password, label, false);
    } catch (err) {
      // 400: SCP could not decrypt, its key may have changed. Idempotency 429: the first
      // answer was lost; signing in twice is harmless, so sign in again with a new token.
      if (err instanceof ScpError && (err.status === 400 || err.isIdempotencyReplay)) return this.authenticate(username, password, label, err.status === 400);
      throw err;
    }
  }

  private async authenticate(username: string, password: string, label: CallLabel, fresh: boolean): Promise<LoginResult> {
    const modulus = await this.publicKey(label, fresh);
    const body = { auth: { passwordCredentials: { username, password: encryptPassword(password, modulus, this.padding) } } };
    const res = await this.send('POST', '/janus/authenticate', label, body);
    const data = LoginAnswer.safeParse(unwrapEnvelope(res, label));
    if (!data.success) throw new ScpError({ kind: 'invalid-response', status: res.status, message: 'SCP answered the sign-in without a token', ...label });
    const { token, user } = data.data.access;
    const tenant = token.tenant ?? {};
    return {
      token: token.id,
      expiresAt: parseScpTime(token.expires) ?? this.clock.now() + 60 * 60_000,
      user: { id: user?.id ?? '', name: user?.name ?? user?.username ?? username },
      roles: user?.roles.map((r) => r.name) ?? [],
      tenant: { id: tenant.id ?? '', name: tenant.name ?? '', enabled: tenant.enabled, description: tenant.description ?? undefined },
    };
  }

  /** The cached modulus, or one fetch shared by every sign-in that needs it now. */
  private publicKey(label: CallLabel, fresh: boolean): Promise<string> {
    if (!fresh && this.modulus && this.modulus.until > this.clock.now()) return Promise.resolve(this.modulus.hex);
    if (!this.fetching) {
      this.fetching = this.fetchPublicKey(label);
      const done = () => (this.fetching = undefined);
      this.fetching.then(done, done);
    }
    return this.fetching;
  }

  private async fetchPublicKey(label: CallLabel): Promise<string> {
    let lastError: unknown;
    for (const path of PUBLIC_KEY_PATHS) {
      const keyLabel = { ...label, operation: 'auth.public-key' };
      try {
        const res = await this.send('GET', path, keyLabel);
        const parsed = PublicKeyAnswer.safeParse(unwrapEnvelope(res, keyLabel));
        if (parsed.success) {
          this.modulus = { hex: parsed.data.public_key, until: this.clock.now() + PUBLIC_KEY_TTL_MS };
          return this.modulus.hex;
        }
        lastError = new ScpError({ kind: 'invalid-response', status: res.status, message: `${path} did not answer a hex RSA modulus`, ...keyLabel });
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  }
}
