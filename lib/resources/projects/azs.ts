import { api } from '@/lib/api';
import type { Project } from '@/lib/scp';
import { adminOnly } from './actions';
import { choiceList } from '../core/choice-list';
import { azChoices } from '../core/lookups';
import type { Action, ActionResult, FieldError, FormField } from '../core/types';

/*
 * Which AZs (资源池) a tenant may use (catalog §4.4): POST /projects/{id}/azs
 * gives it AZs in one task; DELETE /projects/{id}/azs/{az_id} takes one back,
 * at once, and SCP refuses while the tenant still has resources there. A new
 * tenant has none, so this comes before its quotas and VPCs.
 */

type TenantLike = Pick<Project, 'id' | 'name' | 'azs'>;

/** The AZ ids a tenant has now. */
export function tenantAzIds(tenant: Pick<Project, 'azs'>): string[] {
  return tenant.azs.map((a) => a.az_id);
}

/** What to send to go from the tenant's AZs to the chosen ones. */
export function azChanges(current: readonly string[], chosen: readonly string[]): { add: string[]; remove: string[] } {
  return { add: chosen.filter((id) => !current.includes(id)), remove: current.filter((id) => !chosen.includes(id)) };
}

/** Problems of a choice: none chosen is allowed (a tenant may lose every AZ), no change is not. */
export function checkAzChoice(current: readonly string[], chosen: readonly string[]): Record<string, FieldError> {
  const { add, remove } = azChanges(current, chosen);
  return add.length || remove.length ? {} : { azs: { key: 'tenants.azs.nothing' } };
}

/** The form's one field: the AZs as checkboxes, ticked where the tenant has them. */
export const tenantAzsField: FormField = {
  name: 'azs', labelKey: 'tenants.azs.legend', kind: 'checkboxes', hintKey: 'tenants.azs.hint',
  choices: azChoices, choicesKeys: { loading: 'forms.azs.loading', failed: 'forms.azs.failed' },
};

/**
 * Change a tenant's AZs: the association first (its task goes to the tray),
 * then each removal. The chosen AZ ids come as `values.azs`, comma-separated.
 * The X-Client-Token goes with the association (the same choice sent again
 * after a failure reuses it); a removal is idempotent (an AZ already gone is
 * refused by SCP, and the dialog shows that).
 */
export const editTenantAzs: Action<TenantLike> = {
  id: 'azs',
  labelKey: 'tenants.action.azs',
  form: {
    titleKey: 'tenants.azs.title',
    titleValues: (tenant) => ({ name: tenant.name }),
    testId: 'tenant-azs-dialog',
    submitKey: 'tenants.azs.submit',
    failedKey: 'tenants.azs.failed',
    fields: [tenantAzsField],
    initial: (tenant) => ({ azs: tenantAzIds(tenant).join(',') }),
    check: (values, tenant) => checkAzChoice(tenantAzIds(tenant), choiceList(values.azs)),
  },
  allowed: adminOnly,
  run: async (tenant, ctx): Promise<ActionResult> => {
    const chosen = choiceList(ctx.values?.azs);
    const { add, remove } = azChanges(tenantAzIds(tenant), chosen);
    let taskId: string | undefined;
    if (add.length) {
      const started = await api.post('/api/projects/:project_id/azs', {
        params: { project_id: tenant.id }, body: { azs: add.map((az_id) => ({ az_id })) }, clientToken: ctx.clientToken,
      });
      taskId = started.task_id;
    }
    for (const az_id of remove) await api.delete('/api/projects/:project_id/azs/:az_id', { params: { project_id: tenant.id, az_id } });
    return { taskId };
  },
};
