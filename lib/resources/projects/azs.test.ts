import { describe, expect, it } from 'vitest';
import { azChanges, checkAzChoice, editTenantAzs, tenantAzIds } from './azs';

describe('a tenant\'s AZs', () => {
  it('gives the AZs ticked and takes back those unticked', () => {
    expect(tenantAzIds({ azs: [{ az_id: 'a' }, { az_id: 'b' }] } as never)).toEqual(['a', 'b']);
    expect(azChanges(['a', 'b'], ['b', 'c'])).toEqual({ add: ['c'], remove: ['a'] });
    expect(azChanges([], ['a'])).toEqual({ add: ['a'], remove: [] });
    expect(azChanges(['a'], [])).toEqual({ add: [], remove: ['a'] });
  });

  it('wants a change, but allows taking every AZ away', () => {
    expect(checkAzChoice(['a'], ['a'])).toEqual({ azs: { key: 'tenants.azs.nothing' } });
    expect(checkAzChoice(['a'], [])).toEqual({});
  });

  it('asks in a form that starts from the tenant\'s AZs and wants a change', () => {
    const tenant = { id: 'p1', name: 'acme', azs: [{ az_id: 'a' }, { az_id: 'b' }] } as never;
    const form = editTenantAzs.form!;
    expect(form.fields.map((f) => [f.name, f.kind])).toEqual([['azs', 'checkboxes']]);
    expect(form.initial(tenant)).toEqual({ azs: 'a,b' });
    expect(form.titleValues?.(tenant)).toEqual({ name: 'acme' });
    expect(form.check({ azs: 'b,a' }, tenant)).toEqual({ azs: { key: 'tenants.azs.nothing' } });
    expect(form.check({ azs: 'a' }, tenant)).toEqual({});
  });
});
