import forge from 'node-forge';
import { Agent } from 'undici';
import { amzDate, signRequest } from './test-signer';

export type TestAuth =
  | { kind: 'token'; username: string; password: string }
  | { kind: 'ec2'; accessKey: string; secretKey: string; signedHeaders?: string; cookie?: string; region?: string; service?: string }
  | { kind: 'none' };

export interface TestResponse<T = any> {
  status: number;
  /** Parsed envelope, or undefined for an empty body. */
  body: { code: number; message: string; data: T } | undefined;
  data: T;
  headers: Headers;
}

const insecure = new Agent({ connect: { rejectUnauthorized: false } });

/** Encrypts with a hex modulus, e = 65537, PKCS#1 v1.5, to hex, as the seed's Python sample does. */
export function encryptWithModulus(plain: string, modulusHex: string): string {
  const key = forge.pki.setRsaPublicKey(new forge.jsbn.BigInteger(modulusHex.trim(), 16), new forge.jsbn.BigInteger('10001', 16));
  return forge.util.bytesToHex(key.encrypt(forge.util.encodeUtf8(plain), 'RSAES-PKCS1-V1_5'));
}

/** A plain SCP API client for contract tests: it knows the wire protocol only. */
export class TestClient {
  private token?: string;
  private pendingLogin?: Promise<string>;

  constructor(readonly baseUrl: string, private auth: TestAuth) {}

  async publicKey(): Promise<string> {
    const res = await this.raw('GET', '/janus/public-key');
    return String(res.data.public_key).trim();
  }

  async login(): Promise<string> {
    if (this.auth.kind !== 'token') throw new Error('login needs token auth');
    const modulus = await this.publicKey();
    const res = await this.raw('POST', '/janus/authenticate', {
      body: { auth: { passwordCredentials: { username: this.auth.username, password: encryptWithModulus(this.auth.password, modulus) } } },
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.body?.message}`);
    this.token = res.data.access.token.id;
    return this.token!;
  }

  /** Sends a request with this client's credentials. */
  async request<T = any>(method: string, path: string, opts: { query?: Record<string, string | number>; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {}): Promise<TestResponse<T>> {
    if (this.auth.kind === 'token' && !this.token) {
      // One sign-in however many requests start at once (the public key is throttled).
      this.pendingLogin ??= this.login().finally(() => (this.pendingLogin = undefined));
      await this.pendingLogin;
    }
    return this.raw<T>(method, path, opts);
  }

  async raw<T = any>(method: string, path: string, opts: { query?: Record<string, string | number>; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {}): Promise<TestResponse<T>> {
    const qs = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)]))}` : '';
    const body = opts.rawBody ?? (opts.body === undefined ? '' : JSON.stringify(opts.body));
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (this.auth.kind === 'token' && this.token && !headers.authorization) headers.authorization = `Token ${this.token}`;
    if (this.auth.kind === 'ec2' && !headers.authorization) {
      if (this.auth.cookie) headers.cookie = this.auth.cookie;
      headers['x-amz-date'] ??= amzDate(new Date());
      headers.authorization = signRequest({
        method, path, headers, body, accessKey: this.auth.accessKey, secretKey: this.auth.secretKey, amzDate: headers['x-amz-date'],
        signedHeaders: this.auth.signedHeaders, region: this.auth.region, service: this.auth.service,
      });
    }
    const res = await fetch(`${this.baseUrl}${path}${qs}`, {
      method, headers, body: body === '' ? undefined : body,
      // @ts-expect-error undici dispatcher is accepted by Node's fetch
      dispatcher: this.baseUrl.startsWith('https:') ? insecure : undefined,
    });
    const text = await res.text();
    const parsed = text ? JSON.parse(text) : undefined;
    return { status: res.status, body: parsed, data: parsed?.data, headers: res.headers };
  }

  /** Polls a task until it reaches a terminal state. */
  async waitForTask(taskId: string, timeoutMs = 15_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await this.request('GET', `/janus/20180725/tasks/${taskId}`);
      if (res.status !== 200) throw new Error(`task ${taskId}: ${res.status} ${res.body?.message}`);
      if (['finish', 'failure', 'canceled'].includes(res.data.status)) return res.data;
      if (Date.now() > deadline) throw new Error(`task ${taskId} still ${res.data.status} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
