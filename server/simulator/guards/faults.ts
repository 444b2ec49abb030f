import { z } from 'zod';

/**
 * Fault injection, off by default. Rates are shares of requests (0..1) under
 * /janus; `taskFailRate` and `taskFailMatch` make tasks end in `failure`.
 */
export const FaultConfigSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  errorRate: z.number().min(0).max(1).default(0),
  rateLimitStormRate: z.number().min(0).max(1).default(0),
  resetRate: z.number().min(0).max(1).default(0),
  taskFailRate: z.number().min(0).max(1).default(0),
  /** Tasks whose object name matches this regular expression fail. */
  taskFailMatch: z.string().max(200).default(''),
});

export type FaultConfig = z.infer<typeof FaultConfigSchema>;

/** The live fault settings, changed at start or by the control endpoint. */
export class Faults {
  config: FaultConfig;

  constructor(initial: Partial<FaultConfig> = {}, private readonly random: () => number = Math.random) {
    this.config = FaultConfigSchema.parse(initial);
  }

  update(patch: unknown): FaultConfig {
    this.config = FaultConfigSchema.parse({ ...this.config, ...(patch as object) });
    return this.config;
  }

  private roll(rate: number): boolean {
    return rate > 0 && this.random() < rate;
  }

  injectError(): boolean {
    return this.roll(this.config.errorRate);
  }

  injectRateLimit(): boolean {
    return this.roll(this.config.rateLimitStormRate);
  }

  injectReset(): boolean {
    return this.roll(this.config.resetRate);
  }

  /** Why the task for this object should fail, or undefined. */
  taskFailure(objectName: string): string | undefined {
    const { taskFailMatch } = this.config;
    if (taskFailMatch && new RegExp(taskFailMatch).test(objectName)) return `injected failure: "${objectName}" matches ${taskFailMatch}`;
    if (this.roll(this.config.taskFailRate)) return 'injected failure: the backend reported an error while running the task';
    return undefined;
  }
}

/** Reads fault settings from SIM_FAULT_* environment variables. */
export function faultsFromEnv(env: NodeJS.ProcessEnv): Partial<FaultConfig> {
  const num = (name: string) => (env[name] !== undefined && env[name] !== '' ? Number(env[name]) : undefined);
  const out: Partial<FaultConfig> = {
    latencyMs: num('SIM_FAULT_LATENCY_MS'),
    errorRate: num('SIM_FAULT_ERROR_RATE'),
    rateLimitStormRate: num('SIM_FAULT_429_RATE'),
    resetRate: num('SIM_FAULT_RESET_RATE'),
    taskFailRate: num('SIM_FAULT_TASK_FAIL_RATE'),
    taskFailMatch: env.SIM_FAULT_TASK_FAIL_MATCH,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Partial<FaultConfig>;
}
