import { readFileSync } from 'node:fs';
import type { Store } from '../state/store';
import type { TaskEngine } from '../tasks/engine';
import { buildFromSpec } from './build';
import { DEMO_SEED } from './demo';
import { seedRunningTasks } from './servers';
import { SeedSpecSchema, type SeedSpec } from './spec';

export interface SeedOptions {
  /** A JSON seed file in the SeedSpec format; the demo seed when omitted. */
  seedFile?: string;
  /** Generated servers added on top (scale tests). */
  extraServers?: number;
}

/** Reads and validates a seed file; the error names the file and the bad field. */
export function readSeedFile(path: string): SeedSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`seed file ${path}: ${err instanceof Error ? err.message : err}`);
  }
  const parsed = SeedSpecSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`seed file ${path} is not a valid seed: ${issues}`);
  }
  return parsed.data;
}

/** Fills a fresh store with the demo seed or a seed file, and starts the seed's running tasks. */
export function loadSeed(store: Store, tasks: TaskEngine, opts: SeedOptions): void {
  const spec = opts.seedFile ? readSeedFile(opts.seedFile) : DEMO_SEED;
  const now = Date.now();
  buildFromSpec(store, spec, opts.extraServers ?? 0, now);
  seedRunningTasks(store, tasks, spec, now);
}
