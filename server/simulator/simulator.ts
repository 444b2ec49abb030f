import { RsaKey } from './auth/rsa';
import { TokenStore } from './auth/tokens';
import { Faults, type FaultConfig } from './guards/faults';
import { IdempotencyGuard } from './guards/idempotency';
import { RateLimiter, SCP_RATE_LIMITS, type RateLimits } from './guards/rate-limit';
import { Router } from './http/router';
import type { Services } from './http/services';
import { emptyStats } from './http/stats';
import { allRoutes } from './resources';
import { Store } from './state/store';
import { TaskEngine } from './tasks/engine';

export interface SimulatorOptions {
  /** Per-minute limits, or false to switch rate limiting off. */
  rateLimits: RateLimits | false;
  /** Public-key endpoints: per-IP and global per-minute limits (403 past them). */
  publicKeyLimits: { perIp: number; global: number } | false;
  taskDurationMs: number;
  taskQueueMs: number;
  faults: Partial<FaultConfig>;
  /** Serve the /_sim control endpoints (fault injection, stats). */
  control: boolean;
  /** Decides ids and demo data. */
  idSeed: number;
}

export const DEFAULT_OPTIONS: SimulatorOptions = {
  rateLimits: SCP_RATE_LIMITS,
  publicKeyLimits: { perIp: 60, global: 1000 },
  taskDurationMs: 4000,
  taskQueueMs: 500,
  faults: {},
  control: false,
  idSeed: 0x5c92018,
};

/** Everything one simulator instance holds, composed here and handed down in narrow parts. */
export class Simulator {
  readonly store: Store;
  readonly tasks: TaskEngine;
  readonly tokens = new TokenStore();
  readonly rsa = new RsaKey();
  readonly faults: Faults;
  readonly limiter: RateLimiter;
  readonly publicKeyLimits: { perIp: RateLimiter; global: RateLimiter };
  readonly idempotency = new IdempotencyGuard();
  readonly router = new Router();
  readonly stats = emptyStats();
  /** What route handlers receive: the services, never this simulator. */
  readonly services: Services;
  /**
   * Token ids this simulator issued (the last 1000), kept in process memory
   * only, so leak-scanning tests can look for them in what the console serves.
   * Never exposed over HTTP. Ciphertexts are in `rsa.ciphertextsSeen`.
   */
  readonly secretsSeen = { tokens: this.tokens.idsIssued };

  constructor(readonly options: SimulatorOptions) {
    this.store = new Store(options.idSeed);
    this.faults = new Faults(options.faults);
    this.tasks = new TaskEngine({
      durationMs: options.taskDurationMs,
      queueMs: options.taskQueueMs,
      newId: () => this.store.ids.uuid(),
      faults: this.faults,
    });
    const limits = options.rateLimits;
    this.limiter = new RateLimiter((m) => (limits ? (limits[m as keyof RateLimits] ?? limits.POST) : undefined));
    const pk = options.publicKeyLimits;
    this.publicKeyLimits = {
      perIp: new RateLimiter(() => (pk ? pk.perIp : undefined)),
      global: new RateLimiter(() => (pk ? pk.global : undefined)),
    };
    this.services = { store: this.store, tasks: this.tasks, rsa: this.rsa, tokens: this.tokens, publicKeyLimits: this.publicKeyLimits };
    this.router.add(...allRoutes());
  }
}
