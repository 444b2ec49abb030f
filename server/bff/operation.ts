import 'server-only';
import type { z } from 'zod';
import type { DriftKind, ScpOperationEntry } from '@/lib/scp';
import { atKey, compose, drift, eachItem, renameFields, type Normaliser, type ScpOperation } from '../scp';

/**
 * The normaliser for each kind of drift a registry entry names (catalog §9.6),
 * built from the SCP client's own drift rules. Two are added here because the
 * client's rules do not cover them yet: floating-IP list bandwidth sits inside
 * `bandwidth` (`bandwidth.qos_uplink_kbps`), create answers `port_id` and old
 * SCP `floating_ip_pool_id`; images spell `is_vmttools_installed`.
 */
const DRIFT: Record<DriftKind, Normaliser> = {
  server: drift.server,
  subnet: drift.subnet,
  snapshot: drift.snapshot,
  floatingIp: compose(
    drift.floatingIp,
    atKey('bandwidth', drift.floatingIp),
    renameFields({ floatingip_pool_id: ['floating_ip_pool_id'], floating_port_id: ['port_id'] }),
  ),
  image: renameFields({ is_vmtools_installed: ['is_vmttools_installed'] }),
};

const cache = new WeakMap<ScpOperationEntry, ScpOperation<unknown>>();

/** A registry entry as the SCP client calls it: with its drift normaliser (per item for lists). */
export function scpOperation<R extends z.ZodType>(entry: ScpOperationEntry<R>): ScpOperation<z.output<R>> {
  let op = cache.get(entry);
  if (!op) {
    const normalise = entry.drift && (entry.item ? eachItem(DRIFT[entry.drift]) : DRIFT[entry.drift]);
    op = { name: entry.name, method: entry.method, path: entry.path, response: entry.response, normalise };
    cache.set(entry, op);
  }
  return op as ScpOperation<z.output<R>>;
}
