import type { MessageKey } from '@/lib/i18n';
import { GLOBAL_QUOTA_AZ_ID, QuotaSetSchema, type Quota } from '@/lib/scp';
import type { FieldError } from './types';

/*
 * A tenant's quota rows (GET /quotas, catalog §4.7) as the quotas page shows
 * them: one group per AZ (global resources under SCP's global AZ id), each
 * quota with its limit, its use and how full it is; and the check of an edit
 * of the limits before it is sent.
 */

/** How a quota's amounts read: a count, MB, bytes or Kbps. */
export type QuotaAmount = 'count' | 'cores' | 'mb' | 'bytes' | 'kbps';

/** What the console knows of a documented quota resource. */
interface KnownQuota {
  labelKey: MessageKey;
  amount: QuotaAmount;
}

/** Documented resources (catalog §4.7), by `namespace/base` (the part before `::`). */
const KNOWN: Record<string, KnownQuota> = {
  'compute/cores': { labelKey: 'quotas.resource.cores', amount: 'cores' },
  'compute/ram': { labelKey: 'quotas.resource.ram', amount: 'mb' },
  'compute/vm_count': { labelKey: 'quotas.resource.vm_count', amount: 'count' },
  'compute/nfv_cores': { labelKey: 'quotas.resource.nfv_cores', amount: 'cores' },
  'compute/nfv_ram': { labelKey: 'quotas.resource.nfv_ram', amount: 'mb' },
  'compute/container_cloud_service': { labelKey: 'quotas.resource.container_cloud_service', amount: 'count' },
  'storage/storage_tag': { labelKey: 'quotas.resource.storage_tag', amount: 'mb' },
  'storage/image_usage': { labelKey: 'quotas.resource.image_usage', amount: 'bytes' },
  'storage/backup_usage': { labelKey: 'quotas.resource.backup_usage', amount: 'bytes' },
  'network/eip_count': { labelKey: 'quotas.resource.eip_count', amount: 'count' },
  'network/eip_bandwidth': { labelKey: 'quotas.resource.eip_bandwidth', amount: 'kbps' },
  'gpu/gpu_slice_count': { labelKey: 'quotas.resource.gpu_slice_count', amount: 'count' },
  'protection/dr_vm_count': { labelKey: 'quotas.resource.dr_vm_count', amount: 'count' },
};

/** One quota of a tenant in one AZ. */
export interface QuotaItem {
  /** `compute/cores`, `storage/storage_tag::<tag>`… */
  key: string;
  provider: string;
  namespace: string;
  resource: string;
  /** The label of a documented resource; undefined for one the console does not know (shown by SCP's name or its key). */
  labelKey?: MessageKey;
  /** SCP's display name (a storage tag's name for storage rows). */
  name?: string;
  /** SCP's unit, for resources the console does not know. */
  unit?: string;
  amount: QuotaAmount | 'raw';
  /** −1: unlimited. */
  limit: number;
  inUse: number;
  /** Use over limit; null when unlimited. */
  ratio: number | null;
}

/** The quotas of one AZ. */
export interface QuotaGroup {
  azId: string;
  global: boolean;
  items: QuotaItem[];
}

/** What the console knows of a resource key, if it is documented. */
export function knownQuota(namespace: string, resource: string): KnownQuota | undefined {
  return KNOWN[`${namespace}/${resource.split('::')[0]}`];
}

/** The rows grouped by AZ: pool AZs in the order SCP reports them, the global group last. */
export function quotaGroups(rows: readonly Quota[]): QuotaGroup[] {
  const groups = new Map<string, QuotaItem[]>();
  for (const row of rows) {
    const known = knownQuota(row.namespace, row.resource);
    const azIds = [...new Set([...row.az_quotas.map((q) => q.az_id), ...row.separated_quotas.map((q) => q.az_id)])];
    for (const azId of azIds) {
      const limit = row.az_quotas.find((q) => q.az_id === azId)?.hard_limit ?? -1;
      const inUse = row.separated_quotas.find((q) => q.az_id === azId)?.in_use ?? 0;
      const item: QuotaItem = {
        key: `${row.namespace}/${row.resource}`, provider: row.provider, namespace: row.namespace, resource: row.resource,
        labelKey: known?.labelKey, name: row.name ?? undefined, unit: row.unit ?? undefined, amount: known?.amount ?? 'raw',
        limit, inUse, ratio: limit < 0 ? null : limit === 0 ? (inUse > 0 ? 1 : 0) : inUse / limit,
      };
      groups.set(azId, [...(groups.get(azId) ?? []), item]);
    }
  }
  const out = [...groups].map(([azId, items]) => ({ azId, global: azId === GLOBAL_QUOTA_AZ_ID, items }));
  return [...out.filter((g) => !g.global), ...out.filter((g) => g.global)];
}

/** A limit as typed: a whole number, −1 for unlimited. */
export function parseLimit(raw: string): number {
  const text = raw.trim().replace('−', '-');
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The POST /api/quotas body of an edit: the quotas whose limit changed, in the AZ. */
export function quotaSetBody(projectId: string, azId: string, items: readonly QuotaItem[], values: Record<string, string>) {
  const changed = items.filter((item) => parseLimit(values[item.key] ?? '') !== item.limit);
  return {
    project_id: projectId,
    quota_sets: changed.map((item) => ({
      provider: item.provider as 'hci', namespace: item.namespace, resource: item.resource, value: parseLimit(values[item.key] ?? ''), az_id: azId,
    })),
  };
}

/** Where checkQuotaEdit puts a problem that is not one quota's (a bad tenant id, say). */
export const FORM_ERROR = '_form';

/**
 * Problems with an edit, by quota key: not a whole number of −1 or more (the
 * console API's own schema), or a limit below what the tenant already uses.
 * `name` gives a quota's words for the message (it names the quota).
 */
export function checkQuotaEdit(projectId: string, azId: string, items: readonly QuotaItem[], values: Record<string, string>, name: (item: QuotaItem) => string, used: (item: QuotaItem) => string): Record<string, FieldError> {
  const body = quotaSetBody(projectId, azId, items, values);
  const out: Record<string, FieldError> = {};
  const parsed = QuotaSetSchema.safeParse(body);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [field, index, part] = issue.path;
    const set = field === 'quota_sets' && typeof index === 'number' && part === 'value' ? body.quota_sets[index] : undefined;
    const key = set ? `${set.namespace}/${set.resource}` : undefined;
    if (key) out[key] ??= { key: 'quotas.edit.invalid', values: { quota: name(items.find((i) => i.key === key)!) } };
    else out[FORM_ERROR] ??= { key: 'forms.error.invalid', values: { detail: `${issue.path.join('.')}: ${issue.message}` } };
  }
  for (const set of body.quota_sets) {
    const key = `${set.namespace}/${set.resource}`;
    const item = items.find((i) => i.key === key)!;
    if (!out[key] && set.value >= 0 && set.value < item.inUse) out[key] = { key: 'quotas.edit.belowUsage', values: { quota: name(item), used: used(item) } };
  }
  return out;
}
