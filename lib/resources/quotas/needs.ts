import type { Quota } from '@/lib/scp';

/*
 * What a request will consume against a tenant's remaining quota in one AZ
 * (catalog §4.7): `compute/vm_count`, `compute/cores`, `compute/ram` (MB) and
 * `storage/storage_tag::<tag>` (MB). A resource without a row, or with
 * hard limit −1, is unlimited.
 */

/** What a request consumes, in SCP's quota units. */
export interface QuotaNeeds {
  vm_count: number;
  cores: number;
  /** MB */
  ram: number;
  /** storage tag id → MB */
  storage: Record<string, number>;
}

/** One quota line: the request's need against the limit and the use in the AZ. */
export interface QuotaLine {
  /** `compute/cores`, `storage/storage_tag::<tag>`… */
  key: string;
  kind: 'vm_count' | 'cores' | 'ram' | 'storage';
  /** The storage tag of a storage line. */
  tagId?: string;
  /** SCP's display name of the row, when it has one. */
  name?: string;
  need: number;
  /** −1: unlimited. */
  limit: number;
  inUse: number;
  /** What is left before this request; null when unlimited. */
  remaining: number | null;
  fits: boolean;
}

function lineFor(rows: readonly Quota[], azId: string, key: string, need: number): Omit<QuotaLine, 'kind' | 'tagId'> {
  const row = rows.find((r) => `${r.namespace}/${r.resource}` === key);
  const limit = row?.az_quotas.find((q) => q.az_id === azId)?.hard_limit ?? -1;
  const inUse = row?.separated_quotas.find((q) => q.az_id === azId)?.in_use ?? 0;
  const remaining = limit < 0 ? null : Math.max(0, limit - inUse);
  return { key, name: row?.name ?? undefined, need, limit, inUse, remaining, fits: remaining === null || need <= remaining };
}

/** The quota lines of a request in an AZ: count, cores, memory, then each storage tag it uses. */
export function quotaLines(rows: readonly Quota[], azId: string, needs: QuotaNeeds): QuotaLine[] {
  return [
    { kind: 'vm_count' as const, ...lineFor(rows, azId, 'compute/vm_count', needs.vm_count) },
    { kind: 'cores' as const, ...lineFor(rows, azId, 'compute/cores', needs.cores) },
    { kind: 'ram' as const, ...lineFor(rows, azId, 'compute/ram', needs.ram) },
    ...Object.entries(needs.storage).map(([tagId, mb]) => ({ kind: 'storage' as const, tagId, ...lineFor(rows, azId, `storage/storage_tag::${tagId}`, mb) })),
  ];
}

/** The lines a request does not fit in (empty: it fits). */
export function shortQuotas(lines: readonly QuotaLine[]): QuotaLine[] {
  return lines.filter((l) => !l.fits);
}
