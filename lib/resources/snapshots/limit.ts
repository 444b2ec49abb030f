import type { Az } from '@/lib/scp';

/**
 * "HCI6.2.0及以下版本的资源池中，单台云主机的快照数量不超过7个；高版本资源池中没有限制" (seed
 * L20226, the snapshot lists): the limit belongs to the server's resource pool.
 */
const OLD_HCI_MAX = 7;
const LAST_CAPPED_HCI = [6, 2, 0];

/** `6.2.0`, `5.8.8.R6` → [6, 2, 0], [5, 8, 8]: the leading numeric release; a suffix such as R6 patches it. */
function release(version: string): number[] {
  const parts: number[] = [];
  for (const p of version.split('.')) {
    if (!/^\d+$/.test(p)) break;
    parts.push(Number(p));
  }
  return parts;
}

/**
 * The most snapshots one server in this pool may have: 7 in HCI pools at 6.2.0
 * or older; undefined where SCP sets no limit, or the pool is not known (then SCP decides).
 */
export function snapshotLimit(az: Pick<Az, 'type' | 'version'> | undefined): number | undefined {
  if (az?.type !== 'hci' || !az.version) return undefined;
  const v = release(az.version);
  if (!v.length) return undefined;
  for (let i = 0; i < LAST_CAPPED_HCI.length; i++) {
    const part = v[i] ?? 0;
    if (part !== LAST_CAPPED_HCI[i]) return part < LAST_CAPPED_HCI[i] ? OLD_HCI_MAX : undefined;
  }
  return OLD_HCI_MAX;
}
