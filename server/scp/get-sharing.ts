import 'server-only';
import type { Clock } from './clock';

interface Cached {
  root: string;
  value: unknown;
  expiresAt: number;
}

interface InFlight {
  root: string;
  promise: Promise<unknown>;
}

/**
 * The resource a janus path belongs to, across API versions:
 * `/janus/20200725/servers/x/start` → `servers`. A mutation invalidates every
 * cached GET of its resource, whichever version or caller made it.
 */
export function resourceRoot(path: string): string {
  const m = /^\/janus\/(?:v?\d{8}\/|v\d+\/)?([^/?]+)/.exec(path);
  return m ? m[1] : path.split('?')[0];
}

/**
 * Single flight and a short cache for GETs. Identical GETs (same key: credential
 * scope + URL) in flight at once are sent once and share the answer; answers are
 * kept `ttlMs`. A mutation of a resource drops its cached answers and detaches
 * GETs already in flight, so nothing read before the mutation is served after it.
 */
export class GetSharing {
  private readonly cache = new Map<string, Cached>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly generation = new Map<string, number>();

  constructor(private readonly ttlMs: number, private readonly clock: Clock) {}

  /** The shared answer for `key`, loading it with `load` when needed. */
  run(key: string, path: string, load: () => Promise<unknown>): Promise<unknown> {
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > this.clock.now()) return Promise.resolve(hit.value);
    const flying = this.inFlight.get(key);
    if (flying) return flying.promise;
    const root = resourceRoot(path);
    const generation = this.generation.get(root) ?? 0;
    const promise = load().then((value) => {
      if (this.ttlMs > 0 && (this.generation.get(root) ?? 0) === generation) {
        this.sweep();
        this.cache.set(key, { root, value, expiresAt: this.clock.now() + this.ttlMs });
      }
      return value;
    });
    const entry = { root, promise };
    this.inFlight.set(key, entry);
    const done = () => {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
    };
    promise.then(done, done);
    return promise;
  }

  /** Forgets everything read from the resource of `path` (after a POST, PUT or DELETE). */
  invalidate(path: string): void {
    const root = resourceRoot(path);
    this.generation.set(root, (this.generation.get(root) ?? 0) + 1);
    for (const [key, entry] of this.cache) if (entry.root === root) this.cache.delete(key);
    for (const [key, entry] of this.inFlight) if (entry.root === root) this.inFlight.delete(key);
  }

  private sweep(): void {
    if (this.cache.size < 1000) return;
    const now = this.clock.now();
    for (const [key, entry] of this.cache) if (entry.expiresAt <= now) this.cache.delete(key);
  }
}
