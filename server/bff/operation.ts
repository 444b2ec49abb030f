import 'server-only';
import type { z } from 'zod';
import { olderVersionOf, type DriftKind, type ScpListOperationEntry, type ScpOperationEntry } from '@/lib/scp';
import { drift, eachItem, type Normaliser, type RecoverHook, type ScpOperation } from '../scp';
import { recoverHooks } from './recover-hooks';

/** The SCP client's normaliser for each kind of drift a registry entry names (catalog §9.6). */
const DRIFT: Record<DriftKind, Normaliser> = drift;

const cache = new WeakMap<ScpOperationEntry, ScpOperation<unknown>>();
const RECOVER = recoverHooks(scpOperation);

/**
 * A registry entry as the SCP client calls it: with its drift normaliser (per
 * item for lists), the path on its older API version if the registry names one,
 * and, for changes, the hook that finds their outcome when the answer is lost. The hooks live here, not in the registry, which the browser imports.
 */
export function scpOperation<R extends z.ZodType>(entry: ScpOperationEntry<R>): ScpOperation<z.output<R>> {
  let op = cache.get(entry);
  if (!op) {
    const normalise = entry.drift && (entry.item ? eachItem(DRIFT[entry.drift]) : DRIFT[entry.drift]);
    const recover: RecoverHook<unknown> | undefined = RECOVER[entry.name];
    const olderPath = olderVersionOf(entry as ScpListOperationEntry)?.path;
    op = { name: entry.name, method: entry.method, path: entry.path, olderPath, response: entry.response, normalise, recover };
    cache.set(entry, op);
  }
  return op as ScpOperation<z.output<R>>;
}
