import { api } from '@/lib/api';
import { ProjectEditSchema, type Project } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { ALLOWED, refuse, type Action, type FieldError, type FormField, type Verdict } from '../core/types';

/*
 * What an admin can do to a tenant (catalog §4.4): edit its name, description
 * and admin contact, and delete it (SCP refuses while it owns anything, and
 * says what). Both are synchronous: no task.
 */

type TenantLike = Pick<Project, 'id' | 'name'>;

/** Tenant actions are the platform admin's. */
export const adminOnly = (_: unknown, session: SessionUser): Verdict => (session.role === 'admin' ? ALLOWED : refuse('role', 'tenants.reason.adminOnly'));

/** Fields of the tenant edit form. */
export const tenantEditFields: readonly FormField[] = [
  { name: 'name', labelKey: 'tenants.field.name', kind: 'text' },
  { name: 'description', labelKey: 'tenants.field.description', kind: 'textarea' },
  { name: 'mail', labelKey: 'tenants.field.mail', kind: 'text' },
  { name: 'phone', labelKey: 'tenants.field.phone', kind: 'text' },
];

/** The PUT body of the form's values: the admin's contact only when given (SCP has no way to clear it). */
export function tenantEditBody(values: Record<string, string> = {}) {
  return {
    project: {
      name: values.name ?? '',
      description: values.description ?? '',
      mail: values.mail?.trim() || undefined,
      phone: values.phone?.trim() || undefined,
    },
  };
}

/** Problems of an edit by field, from the console API's own schema. */
export function checkTenantEdit(values: Record<string, string>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  const parsed = ProjectEditSchema.safeParse(tenantEditBody(values));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[1] ?? 'name');
    out[field] ??= field === 'name' && !values.name?.trim() ? { key: 'forms.error.required' } : { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return out;
}

/** Edit a tenant: the form starts from its detail (the list holds neither description nor contact). */
export const editTenant: Action<TenantLike> = {
  id: 'edit',
  labelKey: 'tenants.action.edit',
  form: {
    titleKey: 'tenants.edit.title',
    fields: tenantEditFields,
    initial: (p) => ({ name: p.name, description: '', mail: '', phone: '' }),
    load: async (p, signal) => {
      const detail = await api.get('/api/projects/:project_id', { params: { project_id: p.id }, signal });
      return { name: detail.name, description: detail.description ?? '', mail: detail.project_admin?.mail ?? '', phone: detail.project_admin?.phone ?? '' };
    },
    check: checkTenantEdit,
  },
  allowed: adminOnly,
  run: async (p, ctx) => {
    await api.put('/api/projects/:project_id', { params: { project_id: p.id }, body: tenantEditBody(ctx.values), clientToken: ctx.clientToken });
    return {};
  },
};

/** Delete an empty tenant with its accounts; SCP's refusal (what it still owns) shows in the dialog. */
export const deleteTenant: Action<TenantLike> = {
  id: 'delete',
  labelKey: 'tenants.action.delete',
  confirm: { titleKey: 'tenants.confirm.delete.title', bodyKey: 'tenants.confirm.delete.body', danger: true },
  allowed: adminOnly,
  run: async (p, ctx) => {
    await api.delete('/api/projects/:project_id', { params: { project_id: p.id }, clientToken: ctx.clientToken });
    return {};
  },
};
