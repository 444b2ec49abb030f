import { api } from '@/lib/api';
import type { z } from 'zod';
import { ProjectCreateSchema } from '@/lib/scp';
import { checkCreateForm } from '../core/form-check';
import { ALLOWED, refuse, type CreateForm, type FieldError, type FormField } from '../core/types';

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

/**
 * A tenant and its admin account (POST /api/projects, synchronous; platform
 * admins), as fields over the registry's ProjectCreateSchema; the
 * confirmation must match the password.
 */
export const tenantCreate: CreateForm = {
  buttonKey: 'tenants.create.button',
  titleKey: 'tenants.create.title',
  submitKey: 'tenants.create.submit',
  failedKey: 'tenants.create.failed',
  testIds: { button: 'tenant-create', dialog: 'tenant-create-dialog' },
  allowed: (session) => (session.role === 'admin' ? ALLOWED : refuse('role', 'tenants.reason.adminOnly')),
  fields: () => tenantCreateFields,
  initial: () => Object.fromEntries(tenantCreateFields.map((f) => [f.name, ''])),
  body: { schema: ProjectCreateSchema, of: tenantCreateBody },
  check: (values): Record<string, FieldError> => (values.password && values.confirm !== values.password ? { confirm: { key: 'tenants.password.mismatch' } } : {}),
  send: async (body, { clientToken }) => {
    await api.post('/api/projects', { body: body as z.input<typeof ProjectCreateSchema>, clientToken });
    return {};
  },
};

/** Problems by field of the create form's values. */
export function checkTenantCreate(values: Record<string, string>): Record<string, FieldError> {
  const checked = checkCreateForm(tenantCreate, tenantCreateFields, values);
  return checked.ok ? {} : checked.errors;
}
