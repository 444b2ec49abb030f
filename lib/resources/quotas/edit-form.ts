import { api, ApiError } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import type { Figure } from '../core/cards';
import type { GridField, GridForm } from '../core/grid-form';
import { quotaAmount, quotaUnit } from './figures';
import { quotaLabelFigure, type QuotaRefNames } from './label';
import { isSizeAmount, limitText, parseLimitText, SIZE_UNITS, type SizeUnit } from './units';
import { checkQuotaEdit, quotaSetBody, refusedQuota, type LimitValue, type QuotaGroup, type QuotaItem } from './view';

/*
 * The edit of a tenant's limits in one AZ (POST /api/quotas, admins) as a
 * declared grid form: one field per quota, sizes in GB or TB chosen beside
 * the input; quotas not set yet start empty and are sent only when given a
 * limit. Checked with the console API's schema and against the use, naming
 * the quota refused; SCP's refusal of one entry goes under that quota.
 */

/** Where a size quota's GB/TB choice is kept among the form's values. */
const unitName = (item: QuotaItem) => `${item.key}#unit`;

/** The typed limits, by quota key. */
function limits(items: readonly QuotaItem[], values: Record<string, string>): Record<string, LimitValue> {
  return Object.fromEntries(items.map((item) => [item.key, { text: values[item.key] ?? '', unit: (values[unitName(item)] as SizeUnit | undefined) ?? 'GB' }]));
}

/** The use, and what a typed size limit amounts to (1.5 TB reads back as 1.5 TB, 1536 GB too). */
function hint(item: QuotaItem, values: Record<string, string>): Figure {
  const used = quotaAmount(item, item.inUse);
  const typed = parseLimitText(item.amount, values[item.key] ?? '', values[unitName(item)] as SizeUnit | undefined);
  if (typed === null && item.unset) return { kind: 'message', key: 'quotas.edit.hintNotSet' };
  if (typed === -1) return { kind: 'message', key: 'quotas.edit.hintUnlimited', values: { used } };
  if (isSizeAmount(item.amount) && typed !== null && typed >= 0) return { kind: 'message', key: 'quotas.edit.hintValue', values: { used, value: quotaAmount(item, typed) } };
  return { kind: 'message', key: 'quotas.edit.hint', values: { used } };
}

/** The form of a group's limits: `project` and `az` name the tenant and the AZ in its title; `names` the tags and line types in labels. */
export function quotaEditForm({ projectId, project, az, group, names }: {
  projectId: string;
  project: string;
  az: Figure;
  group: QuotaGroup;
  names: QuotaRefNames;
}): GridForm<ReturnType<typeof quotaSetBody>> {
  const { items } = group;
  const label = (item: QuotaItem) => quotaLabelFigure(item, names);
  const fields: GridField[] = items.map((item) => ({
    name: item.key,
    label: label(item),
    inputMode: isSizeAmount(item.amount) ? 'decimal' : 'numeric',
    unit: quotaUnit(item),
    choice: isSizeAmount(item.amount)
      ? { name: unitName(item), label: { kind: 'message', key: 'quotas.unit.label', values: { quota: label(item) } }, options: SIZE_UNITS.map((u) => ({ value: u, labelKey: `quotas.unit.${u}` as const })) }
      : undefined,
    hint: (values) => hint(item, values),
  }));
  const initial = Object.fromEntries(items.flatMap((item) => {
    const { text, unit } = limitText(item.amount, item.unset ? null : item.limit);
    return [[item.key, text], [unitName(item), unit]];
  }));
  return {
    title: { kind: 'message', key: 'quotas.edit.title', values: { project: { kind: 'text', text: project }, az } },
    testId: 'quota-edit-dialog',
    formId: 'quota-edit-form',
    submitKey: 'quotas.edit.submit',
    introKey: 'quotas.edit.intro',
    failedKey: 'quotas.edit.failed',
    refusedKey: 'quotas.edit.refused',
    refusedTestId: 'quota-edit-refused',
    nothingKey: 'quotas.edit.nothing',
    wide: true,
    fields,
    initial,
    check: (values, words) => checkQuotaEdit(projectId, group.azId, items, limits(items, values), (item) => words(label(item)), (item) => words(quotaAmount(item, item.inUse))),
    body: (values) => {
      const body = quotaSetBody(projectId, group.azId, items, limits(items, values));
      return body.quota_sets.length ? body : null;
    },
    send: (body, clientToken) => api.post('/api/quotas', { body, clientToken }),
    refused: (body, error, words) => {
      const refused = error instanceof ApiError ? refusedQuota(body, error.message) : undefined;
      const item = refused && items.find((i) => i.key === refused.key);
      return item && refused ? { name: item.key, error: { key: 'quotas.edit.scpRefused', values: { quota: words(label(item)), detail: refused.detail } } } : undefined;
    },
    // The storage tags a tenant may create servers on follow its storage quotas.
    invalidates: [queryKeys.quotas.all, queryKeys.storageTags.all],
  };
}
