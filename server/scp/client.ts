import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ScpSettings } from '../config';
import { UpstreamBudget } from './budget';
import { systemClock, type Clock } from './clock';
import { fingerprint, scopeKey, type CredentialScope, type LoginResult, type PasswordScope } from './credentials';
import { ec2Authorization, toAmzDate } from './ec2-signer';
import { unwrapEnvelope, type CallLabel } from './envelope';
import { isScpError, ScpError } from './errors';
import { GetSharing } from './get-sharing';
import { consoleLogger, type ScpLogger } from './log';
import { fillPath, queryString, type CallInput, type ScpOperation } from './operation';
import { PUBLIC_KEY_PATHS, PasswordLogin } from './password-login';
import { DEFAULT_RETRY, exchange, type ExchangeDeps, type RetryPolicy } from './retry';
import { createTransport, isBodyFile, type Transport, type WireBody } from './transport';

/** Sign in again this long before a token expires. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/** What the client takes besides the configuration; tests inject clocks, loggers and fast retries. */
export interface ScpClientExtras {
  clock?: Clock;
  logger?: ScpLogger;
  retry?: Partial<RetryPolicy>;
  /** For backoff jitter. */
  random?: () => number;
  /** Queue bound: refuse a request that more than this many minutes of budget could not serve. */
  maxQueueMinutes?: number;
  transport?: Transport;
}

/**
 * The console's only way to SCP. Every call names an operation and a credential
 * scope; the client signs or sends the token, paces itself under SCP's rate
 * limits, shares identical GETs, retries honestly, recovers lost answers to
 * changes, streams spooled uploads, and returns `data` parsed by the
 * operation's schema — or throws ScpError.
 */
export class ScpClient {
  private readonly deps: ExchangeDeps;
  private readonly sharing: GetSharing;
  private readonly passwordLogin: PasswordLogin;
  private readonly loginFlights = new Map<string, Promise<LoginResult>>();
  private readonly prefix: string;
  private readonly host: string;
  private readonly cookie?: string;

  constructor(private readonly settings: ScpSettings, extras: ScpClientExtras = {}) {
    const clock = extras.clock ?? systemClock;
    const logger = extras.logger ?? consoleLogger;
    const url = new URL(settings.baseUrl);
    this.prefix = url.pathname.replace(/\/+$/, '');
    this.host = url.host;
    const signsCookie = settings.signing.signedHeaders.split(';').includes('cookie');
    this.cookie = settings.cookieToken ?? (signsCookie ? randomBytes(16).toString('hex') : undefined);
    this.deps = {
      clock, logger,
      transport: extras.transport ?? createTransport(settings, logger),
      budget: new UpstreamBudget(settings.ratePerMinute, clock, { maxWaitMinutes: extras.maxQueueMinutes }),
      retry: { ...DEFAULT_RETRY, ...extras.retry },
      random: extras.random ?? Math.random,
    };
    this.sharing = new GetSharing(settings.cacheMs, clock);
    this.passwordLogin = new PasswordLogin((method, path, label, body) => {
      const bytes = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
      // No X-Client-Token: SCP would refuse a retry that repeats it (429), and signing in twice is harmless.
      const full = this.prefix + path;
      return exchange(this.deps, { method, path: full, body: bytes, label, repeatable: true, headers: () => this.headers(method, full, bytes, label) });
    }, clock, settings.rsaPadding);
  }

  /** Operations whose newer path this SCP answered 404: their `olderPath` is used instead. */
  private readonly olderOnly = new Set<string>();

  /** Calls an operation and returns its parsed `data`. */
  async call<T>(op: ScpOperation<T>, input: CallInput): Promise<T> {
    if (!op.olderPath) return this.callAt(op, input);
    if (this.olderOnly.has(op.name)) return this.callAt({ ...op, path: op.olderPath }, input);
    try {
      return await this.callAt(op, input);
    } catch (err) {
      // A GET's route missing is SCP's version, not the object: the older version answers instead.
      if (!(op.method === 'GET' && isScpError(err) && err.kind === 'http' && err.status === 404)) throw err;
      this.olderOnly.add(op.name);
      this.deps.logger.warn(`${op.name}: SCP has no ${op.path}; using ${op.olderPath}`);
      return this.callAt({ ...op, path: op.olderPath }, input);
    }
  }

  private async callAt<T>(op: ScpOperation<T>, input: CallInput): Promise<T> {
    if (input.file && ((op.method !== 'PUT' && op.method !== 'POST') || input.body !== undefined)) {
      throw new Error(`${op.name}: a file is sent by PUT or POST, without a JSON body`);
    }
    const label: CallLabel = { operation: op.name, requestId: randomUUID() };
    const path = this.prefix + fillPath(op.path, input.params);
    const url = path + queryString(input.query);
    await this.ensureToken(input.scope, label);
    if (op.method === 'GET') {
      const load = () => this.send('GET', url, undefined, input.scope, label, undefined, input.fresh ? input.signal : undefined);
      const data = input.fresh ? load() : abortable(this.sharing.run(`${scopeKey(input.scope)} ${url}`, path, load), input.signal);
      return this.parse(op, await data, label);
    }
    const clientToken = op.method === 'DELETE' ? undefined : (input.clientToken ?? randomUUID());
    const body = requestBody(input);
    const startedAt = this.deps.clock.now();
    try {
      return this.parse(op, await this.send(op.method, url, body, input.scope, label, clientToken, input.signal), label);
    } catch (err) {
      const lost = lostAnswer(err, clientToken, label);
      if (!lost) throw err;
      return await this.recover(op, input, lost, label, clientToken, startedAt);
    } finally {
      this.sharing.invalidate(path);
    }
  }

  /** How long identical GETs are served from the short cache (SCP_CACHE_MS). */
  get cacheMs(): number {
    return this.settings.cacheMs;
  }

  /** The largest request body the console accepts for an upload (SCP_UPLOAD_MAX_BYTES). */
  get uploadMaxBytes(): number {
    return this.settings.uploadMaxBytes;
  }

  /** Signs in with a password; the session layer stores the result. */
  login(username: string, password: string): Promise<LoginResult> {
    return this.passwordLogin.login(username, password, { operation: 'auth.login', requestId: randomUUID() });
  }

  /** Requests waiting for upstream budget, per class (for health pages and benchmarks). */
  queued(): { get: number; write: number } {
    return this.deps.budget.queued();
  }

  /** Closes the connection pool. */
  close(): Promise<void> {
    return this.deps.transport.close();
  }

  /**
   * Asks the operation's `recover` hook what became of a change whose answer
   * was lost. A hook that finds nothing, or fails itself, leaves `lost` to throw.
   */
  private async recover<T>(op: ScpOperation<T>, input: CallInput, lost: ScpError, label: CallLabel, clientToken: string | undefined, startedAt: number): Promise<T> {
    if (!op.recover) throw lost;
    const { scope, ...rest } = input;
    let found: T | undefined;
    try {
      found = await op.recover({ call: (o, i) => this.call(o, { ...i, scope }), input: rest, clientToken, requestId: label.requestId, startedAt });
    } catch (err) {
      this.deps.logger.warn('could not look up the outcome of a request whose answer was lost', { ...label, error: err instanceof ScpError ? `${err.kind} ${err.status}` : 'unexpected' });
      throw lost;
    }
    if (found === undefined) throw lost;
    const result = this.parse(op, found, label);
    this.deps.logger.warn('recovered the outcome of a request whose answer was lost', { ...label });
    return result;
  }

  private async send(method: string, url: string, body: WireBody | undefined, scope: CredentialScope, label: CallLabel, clientToken?: string, signal?: AbortSignal): Promise<unknown> {
    for (let signedInAgain = false; ; signedInAgain = true) {
      const res = await exchange(this.deps, { method, path: url, body, label, clientToken, signal, headers: () => this.headers(method, url, body, label, scope, clientToken) });
      if (res.status === 401 && scope.kind === 'password' && scope.password && !signedInAgain) {
        await this.refreshToken(scope, label);
        continue;
      }
      try {
        return unwrapEnvelope(res, label);
      } catch (err) {
        // SCP may name the access key in a message ("access key … is unknown"); errors reach logs and browsers.
        if (err instanceof ScpError && scope.kind === 'ec2') err.message = err.message.split(scope.accessKey).join('<access key>');
        throw err;
      }
    }
  }

  private headers(method: string, url: string, body: WireBody | undefined, label: CallLabel, scope?: CredentialScope, clientToken?: string): Record<string, string> {
    const path = url.split('?')[0];
    const file = isBodyFile(body) ? body : undefined;
    // Header names are spelled as the seed writes them (Content-Type, X-Client-Token, Cookie, X-Amz-Date,
    // Authorization): SCP is reported to match them case-sensitively. undici sends names as given, except
    // `host` and `content-length`, which it writes itself in lower case.
    const h: Record<string, string> = { 'Content-Type': file ? 'application/octet-stream' : 'application/json', Accept: 'application/json', 'X-Request-Id': label.requestId };
    // A streamed body gets its length up front, so SCP never sees chunked encoding.
    if (file) h['content-length'] = String(file.size);
    if (clientToken) h['X-Client-Token'] = clientToken;
    // SCP before 6.3.70 wants the cookie everywhere, but it may break the v2 public key (catalog §1.1).
    if (this.cookie && path !== this.prefix + PUBLIC_KEY_PATHS[0]) h.Cookie = `aCMPAuthToken=${this.cookie}`;
    if (scope?.kind === 'ec2') {
      const { signedHeaders, region, service } = this.settings.signing;
      const amzDate = toAmzDate(this.deps.clock.now());
      h['X-Amz-Date'] = amzDate;
      if (signedHeaders.split(';').includes('host')) h.host = this.host;
      const payload = file ? { bodySha256: file.sha256 } : { body: (body as Buffer | undefined) ?? '' };
      // The signature's canonical headers are lower-cased by the signer, as the algorithm requires.
      h.Authorization = ec2Authorization({ method, path, headers: h, ...payload, accessKey: scope.accessKey, secretKey: scope.secretKey, amzDate, signedHeaders, region, service });
    } else if (scope?.kind === 'password' && scope.token) {
      h.Authorization = `Token ${scope.token.id}`;
    }
    return h;
  }

  /** Makes sure a password scope holds a token that is not about to expire. */
  private async ensureToken(scope: CredentialScope, label: CallLabel): Promise<void> {
    if (scope.kind !== 'password') return;
    const left = (scope.token?.expiresAt ?? 0) - this.deps.clock.now();
    if (left > TOKEN_REFRESH_MARGIN_MS || (left > 0 && !scope.password)) return;
    if (!scope.password) throw new ScpError({ kind: 'auth', status: 401, message: 'the SCP token has expired; sign in again', ...label });
    await this.refreshToken(scope, label);
  }

  /** One sign-in for all concurrent calls of the same user and password. */
  private async refreshToken(scope: PasswordScope, label: CallLabel): Promise<void> {
    const password = await scope.password!();
    // Keyed by the password too: a caller with a wrong password must never share a right one's token.
    const key = fingerprint('login', scope.username, password);
    let flight = this.loginFlights.get(key);
    if (!flight) {
      flight = this.passwordLogin.login(scope.username, password, { operation: 'auth.login', requestId: label.requestId });
      this.loginFlights.set(key, flight);
      const done = () => this.loginFlights.delete(key);
      flight.then(done, done);
    }
    const result = await flight;
    scope.token = { id: result.token, expiresAt: result.expiresAt };
    await scope.onTokenRefresh?.(result);
  }

  private parse<T>(op: ScpOperation<T>, data: unknown, label: CallLabel): T {
    const result = op.response.safeParse(op.normalise ? op.normalise(data) : data);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw new ScpError({
      kind: 'invalid-response', status: 200, ...label, cause: result.error,
      message: `SCP's answer to ${op.name} is not what the console expects: ${issue.path.join('.') || '(data)'}: ${issue.message}`,
    });
  }
}

/** The bytes a change sends: the file it uploads, or its JSON body. */
function requestBody(input: CallInput): WireBody | undefined {
  if (input.file) return input.file;
  return input.body === undefined ? undefined : Buffer.from(JSON.stringify(input.body), 'utf8');
}

/**
 * The error to report when a change's answer was lost, or undefined for any
 * other failure: SCP refusing the retry's repeated X-Client-Token (so it had the
 * first attempt), or no answer after SCP may have applied the change.
 */
function lostAnswer(err: unknown, clientToken: string | undefined, label: CallLabel): ScpError | undefined {
  if (!(err instanceof ScpError)) return undefined;
  if (err.kind === 'outcome-unknown') return err;
  if (!err.isIdempotencyReplay || !clientToken) return undefined;
  return new ScpError({
    kind: 'outcome-unknown', status: 429, scpCode: err.scpCode, ...label, cause: err,
    message: 'SCP had already received this request (same X-Client-Token) but its answer was lost; check the task list before trying again',
  });
}

/** Stops waiting for a shared promise when this caller's signal aborts. */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
