import { ProjectCreateSchema } from '@/lib/scp';
import type { FieldError, FormField } from '../core/types';

/** Fields of the tenant create form (catalog §4.4): the tenant, then its admin account. */
export const tenantCreateFields: readonly FormField[] = [
  { name: 'name', labelKey: 'tenants.field.name', kind: 'text' },
  { name: 'description', labelKey: 'tenants.field.description', kind: 'textarea' },
  { name: 'user_name', labelKey: 'tenants.field.adminName', kind: 'text' },
  { name: 'mail', labelKey: 'tenants.field.mail', kind: 'text' },
  { name: 'phone', labelKey: 'tenants.field.phone', kind: 'text' },
  { name: 'password', labelKey: 'tenants.field.password', kind: 'password' },
  { name: 'confirm', labelKey: 'tenants.field.confirm', kind: 'password' },
];

/** The POST /api/projects body of the form's values (the password plain: the console encrypts it for SCP). */
export function tenantCreateBody(values: Record<string, string>) {
  return {
    project: {
      name: values.name ?? '',
      description: values.description || undefined,
      project_admin: { user_name: values.user_name ?? '', mail: values.mail?.trim() ?? '', phone: values.phone?.trim() ?? '', password: values.password ?? '' },
    },
  };
}

/** Problems by field, from the console API's own schema; the confirmation must match the password. */
export function checkTenantCreate(values: Record<string, string>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  const parsed = ProjectCreateSchema.safeParse(tenantCreateBody(values));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path[issue.path.length - 1] ?? 'name');
    out[field] ??= !(values[field] ?? '').trim() ? { key: 'forms.error.required' } : { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  if (!out.password && values.confirm !== values.password) out.confirm = { key: 'tenants.password.mismatch' };
  return out;
}
