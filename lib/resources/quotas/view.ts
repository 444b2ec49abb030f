import type { MessageKey } from '@/lib/i18n';
import { GLOBAL_QUOTA_AZ_ID, QuotaSetSchema, type Quota } from '@/lib/scp';
import { isSizeAmount, parseLimitText, type SizeUnit } from './units';
import type { FieldError } from '../core/types';

/*
 * A tenant's quota rows (GET /quotas, catalog §4.7) as the quotas page shows
 * them: one group per AZ (global resources under SCP's global AZ id), each
 * quota with its limit, its use and how full it is, and every documented quota
 * the tenant has no row for yet (a new tenant may have none), so an admin can
 * set it; and the check of an edit of the limits before it is sent.
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
  /** The reference after `::`: a storage tag or line type id. */
  ref?: string;
  /** The label of a documented resource; undefined for one the console does not know (shown by SCP's name). */
  labelKey?: MessageKey;
  /** SCP's display name (a storage tag's name for storage rows). */
  name?: string;
  /** SCP's unit, for resources the console does not know. */
  unit?: string;
  amount: QuotaAmount | 'raw';
  /** A documented quota SCP has no limit for yet in this AZ: nothing to show but that it is not set. */
  unset: boolean;
  /** −1: unlimited (0 when unset). */
  limit: number;
  inUse: number;
  /** Use over limit; null when unlimited or unset. */
  ratio: number | null;
}

/** The quotas of one AZ. */
export interface QuotaGroup {
  azId: string;
  global: boolean;
  items: QuotaItem[];
}

/** What a tenant may be given quotas on: its AZs with the storage tags of each, and the platform's line types. */
export interface QuotaScope {
  azs: readonly { azId: string; storageTagIds: readonly string[] }[];
  lineTypeIds: readonly string[];
}

/** What the console knows of a resource key, if it is documented. */
export function knownQuota(namespace: string, resource: string): KnownQuota | undefined {
  return KNOWN[`${namespace}/${resource.split('::')[0]}`];
}

/**
 * The documented quota keys of an AZ (catalog §4.7), in the order the page
 * lists them: servers, CPU, memory, one per storage tag, NFV, backup space; or
 * the global ones: image space, floating IPs and bandwidth per line type,
 * container cloud. GPU and disaster-recovery quotas depend on hardware and
 * licences, so they show only when SCP has rows for them.
 */
export function documentedQuotaKeys(global: boolean, storageTagIds: readonly string[], lineTypeIds: readonly string[]): string[] {
  if (global) {
    return ['storage/image_usage', ...lineTypeIds.flatMap((lt) => [`network/eip_count::${lt}`, `network/eip_bandwidth::${lt}`]), 'compute/container_cloud_service'];
  }
  return [
    'compute/vm_count', 'compute/cores', 'compute/ram', ...storageTagIds.map((tag) => `storage/storage_tag::${tag}`),
    'compute/nfv_cores', 'compute/nfv_ram', 'storage/backup_usage',
  ];
}

function itemOf(provider: string, key: string, fields: Pick<QuotaItem, 'name' | 'unit' | 'unset' | 'limit' | 'inUse'>): QuotaItem {
  const [namespace, resource] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
  const known = knownQuota(namespace, resource);
  const { limit, inUse, unset } = fields;
  return {
    key, provider, namespace, resource, ref: resource.split('::')[1] || undefined, labelKey: known?.labelKey, amount: known?.amount ?? 'raw', ...fields,
    ratio: unset || limit < 0 ? null : limit === 0 ? (inUse > 0 ? 1 : 0) : inUse / limit,
  };
}

/** Documented quotas first, in their order; the rest (NFV and database SKUs…) as SCP gives them. */
function ordered(items: QuotaItem[], documented: readonly string[]): QuotaItem[] {
  const rank = (item: QuotaItem) => {
    const i = documented.indexOf(item.key);
    return i < 0 ? documented.length : i;
  };
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map(({ item }) => item);
}

/**
 * The rows grouped by AZ: pool AZs in the order SCP reports them (then the
 * scope's other AZs), the global group last. With a scope (the admin's view),
 * every documented quota the tenant has no row for in an AZ is added, unset.
 */
export function quotaGroups(rows: readonly Quota[], scope?: QuotaScope): QuotaGroup[] {
  const groups = new Map<string, QuotaItem[]>();
  for (const row of rows) {
    const azIds = [...new Set([...row.az_quotas.map((q) => q.az_id), ...row.separated_quotas.map((q) => q.az_id)])];
    for (const azId of azIds) {
      const limit = row.az_quotas.find((q) => q.az_id === azId)?.hard_limit;
      const inUse = row.separated_quotas.find((q) => q.az_id === azId)?.in_use ?? 0;
      const item = itemOf(row.provider, `${row.namespace}/${row.resource}`, {
        name: row.name ?? undefined, unit: row.unit ?? undefined, unset: limit === undefined, limit: limit ?? 0, inUse,
      });
      groups.set(azId, [...(groups.get(azId) ?? []), item]);
    }
  }
  const documented = new Map<string, string[]>();
  if (scope) {
    for (const az of scope.azs) documented.set(az.azId, documentedQuotaKeys(false, az.storageTagIds, scope.lineTypeIds));
    documented.set(GLOBAL_QUOTA_AZ_ID, documentedQuotaKeys(true, [], scope.lineTypeIds));
  }
  for (const [azId, keys] of documented) {
    const items = groups.get(azId) ?? [];
    const missing = keys.filter((key) => !items.some((item) => item.key === key));
    groups.set(azId, [...items, ...missing.map((key) => itemOf('hci', key, { unset: true, limit: 0, inUse: 0 }))]);
  }
  const out = [...groups].map(([azId, items]) => ({ azId, global: azId === GLOBAL_QUOTA_AZ_ID, items: ordered(items, documented.get(azId) ?? []) }));
  return [...out.filter((g) => !g.global), ...out.filter((g) => g.global)];
}

/** A limit as typed in the dialog: the text, and the unit of a size. */
export interface LimitValue {
  text: string;
  unit: SizeUnit;
}

const typedLimit = (item: QuotaItem, value: LimitValue | undefined) => parseLimitText(item.amount, value?.text ?? '', value?.unit);

/** The POST /api/quotas body of an edit: in the AZ, the quotas whose limit changed and the unset ones given a limit. */
export function quotaSetBody(projectId: string, azId: string, items: readonly QuotaItem[], values: Record<string, LimitValue>) {
  const changed = items.filter((item) => {
    const typed = typedLimit(item, values[item.key]);
    // An unset quota left empty stays unset; a set one emptied is a mistake the check names.
    return item.unset ? typed !== null : typed !== item.limit;
  });
  return {
    project_id: projectId,
    quota_sets: changed.map((item) => ({
      provider: item.provider as 'hci', namespace: item.namespace, resource: item.resource, value: typedLimit(item, values[item.key]) ?? Number.NaN, az_id: azId,
    })),
  };
}

/** Where checkQuotaEdit puts a problem that is not one quota's (a bad tenant id, say). */
export const FORM_ERROR = '_form';

/** The message for a limit that is not one: sizes say which unit they must come to in whole. */
function invalidKey(item: QuotaItem): MessageKey {
  if (!isSizeAmount(item.amount)) return 'quotas.edit.invalid';
  return item.amount === 'mb' ? 'quotas.edit.invalidMb' : 'quotas.edit.invalidBytes';
}

/**
 * Problems with an edit, by quota key: not a whole number of −1 or more (the
 * console API's own schema; for sizes, not a whole number of MB or bytes), or
 * a limit below what the tenant already uses. `name` gives a quota's words for
 * the message (it names the quota).
 */
export function checkQuotaEdit(projectId: string, azId: string, items: readonly QuotaItem[], values: Record<string, LimitValue>, name: (item: QuotaItem) => string, used: (item: QuotaItem) => string): Record<string, FieldError> {
  const body = quotaSetBody(projectId, azId, items, values);
  const out: Record<string, FieldError> = {};
  const parsed = QuotaSetSchema.safeParse(body);
  const itemOfKey = (key: string) => items.find((i) => i.key === key)!;
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [field, index, part] = issue.path;
    const set = field === 'quota_sets' && typeof index === 'number' && part === 'value' ? body.quota_sets[index] : undefined;
    const item = set ? itemOfKey(`${set.namespace}/${set.resource}`) : undefined;
    if (item) out[item.key] ??= { key: invalidKey(item), values: { quota: name(item) } };
    else out[FORM_ERROR] ??= { key: 'forms.error.invalid', values: { detail: `${issue.path.join('.')}: ${issue.message}` } };
  }
  for (const set of body.quota_sets) {
    const item = itemOfKey(`${set.namespace}/${set.resource}`);
    if (!out[item.key] && set.value >= 0 && set.value < item.inUse) out[item.key] = { key: 'quotas.edit.belowUsage', values: { quota: name(item), used: used(item) } };
  }
  return out;
}

/**
 * The quota SCP refused, when its message points at an entry of the body
 * (`quota_sets.1.value: …`), with the rest of the message: so the dialog can
 * put SCP's reason under that quota, named in words, instead of an index.
 */
export function refusedQuota(body: ReturnType<typeof quotaSetBody>, message: string): { key: string; detail: string } | undefined {
  const match = /^quota_sets\.(\d+)(?:\.\w+)?:\s*(.*)$/s.exec(message);
  const set = match ? body.quota_sets[Number(match[1])] : undefined;
  return set && match ? { key: `${set.namespace}/${set.resource}`, detail: match[2] } : undefined;
}
