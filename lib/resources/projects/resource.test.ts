import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkTenantCreate, tenantCreateBody } from './create';
import { checkTenantEdit, deleteTenant, editTenant, tenantEditBody } from './actions';
import { tenantColumns, tenantEnabled, tenantStatus } from './resource';

const admin: SessionUser = { username: 'admin', role: 'admin', projectId: '', projectName: '' };
const acme: SessionUser = { username: 'acme', role: 'tenant', projectId: 'a'.repeat(32), projectName: 'acme' };
const tenant = { id: 'b'.repeat(32), name: 'beta', azs: [{ az_id: 'az-1', az_name: '广州-资源池1' }], user_name: 'beta-admin', enabled: 1 };

describe('tenant declaration', () => {
  it('reads SCP\'s enabled flag in its shapes', () => {
    expect([1, true, '1', 0, false, '0'].map((enabled) => tenantEnabled({ enabled }))).toEqual([true, true, true, false, false, false]);
    expect(tenantStatus.labelKey('enabled')).toBe('tenants.status.enabled');
  });

  it('links each tenant to its quotas and servers', () => {
    const links = tenantColumns.find((c) => c.id === 'links')!.cell(tenant);
    expect(links).toEqual({ kind: 'links', links: [{ key: 'tenants.link.quotas', href: `/quotas?project_id=${tenant.id}` }, { key: 'tenants.link.servers', href: `/servers?project_id=${tenant.id}` }] });
  });

  it('lets only admins edit or delete', () => {
    expect(editTenant.allowed(tenant, admin)).toEqual({ ok: true });
    expect(deleteTenant.allowed(tenant, acme)).toMatchObject({ ok: false, why: 'role', reason: 'tenants.reason.adminOnly' });
  });
});

describe('tenant forms', () => {
  const good = { name: 'e2e', description: '', user_name: 'e2e-admin', mail: 'ops@example.com', phone: '+86 20 1234 5678', password: 'Secret-1', confirm: 'Secret-1' };

  it('accepts a complete create form and names each bad field', () => {
    expect(checkTenantCreate(good)).toEqual({});
    expect(tenantCreateBody(good).project).toMatchObject({ name: 'e2e', description: undefined, project_admin: { user_name: 'e2e-admin' } });
    const errors = checkTenantCreate({ ...good, name: ' ', mail: 'nope', confirm: 'other' });
    expect(errors.name).toEqual({ key: 'forms.error.required' });
    expect(errors.mail?.key).toBe('forms.error.invalid');
    expect(errors.confirm).toEqual({ key: 'tenants.password.mismatch' });
  });

  it('edits send the contact only when given', () => {
    expect(tenantEditBody({ name: 'x', description: 'd', mail: '', phone: ' ' }).project).toEqual({ name: 'x', description: 'd', mail: undefined, phone: undefined });
    expect(checkTenantEdit({ name: '', description: '', mail: 'bad', phone: '' })).toMatchObject({ name: { key: 'forms.error.required' }, mail: { key: 'forms.error.invalid' } });
  });
});
