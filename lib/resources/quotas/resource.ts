import { Hex32, type Az } from '@/lib/scp';
import type { Figure } from '../core/cards';
import type { TenantScope, UsageRow, UsageTableSpec } from '../core/scoped-page';
import { quotaEditForm } from './edit-form';
import { quotaUsage } from './figures';
import { quotaLabelFigure, type QuotaRefNames } from './label';
import { quotasNav } from './nav';
import type { QuotaGroup } from './view';

/*
 * The quotas page as a declaration: the tenant it is about (an admin picks
 * one, kept in `?project_id=`; a tenant sees its own), one usage table per AZ
 * as SCP reports them, and (admins) the edit of each AZ's limits
 * (edit-form.ts). Quotas are no object a task acts on, so this is no
 * ResourceDeclaration: the page renders these parts itself.
 */

/** The tenant whose quotas are shown. */
export const quotasScope: TenantScope = {
  param: 'project_id',
  pickers: ['admin'],
  labelKey: 'quotas.tenant.label',
  chooseKey: 'quotas.tenant.choose',
  promptKey: 'quotas.tenant.prompt',
  accepts: (value) => Hex32.safeParse(value).success,
};

/** How an AZ's quota table reads. */
export const quotaTable: UsageTableSpec = {
  testId: 'quota-group',
  idPrefix: 'quotas',
  captionKey: 'quotas.caption',
  columns: { label: 'quotas.column.resource', usage: 'quotas.column.usage', meter: 'quotas.column.meter' },
  usageTestId: 'quota-usage',
  attrs: { table: 'az', row: 'quota' },
};

/** The rows of an AZ's table: each quota with its use against its limit and a meter (none for an unlimited or unset one). */
export function quotaRows(group: QuotaGroup, names: QuotaRefNames): UsageRow[] {
  return group.items.map((item) => ({
    key: item.key,
    label: quotaLabelFigure(item, names),
    usage: quotaUsage(item),
    meter: item.ratio === null ? { noteKey: item.unset ? 'quotas.notSet' : 'quotas.unlimited' } : { ratio: item.ratio },
  }));
}

/** An AZ group's name: global, the AZ's name, or its id while the AZ is unknown. */
export function quotaAzName(group: QuotaGroup, azs: readonly Pick<Az, 'id' | 'name'>[] | undefined): Figure {
  if (group.global) return { kind: 'message', key: 'quotas.az.global' };
  const az = azs?.find((a) => a.id === group.azId);
  return az ? { kind: 'text', text: az.name } : { kind: 'message', key: 'quotas.az.unknown', values: { id: { kind: 'text', text: group.azId } } };
}

/** The quotas page: its nav entry, tenant, tables and their rows, and the edit form. */
export const quotasPage = { nav: quotasNav, scope: quotasScope, table: quotaTable, rows: quotaRows, azName: quotaAzName, editForm: quotaEditForm };
