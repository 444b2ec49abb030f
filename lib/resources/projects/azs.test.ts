import { describe, expect, it } from 'vitest';
import { azChanges, checkAzChoice, tenantAzIds } from './azs';

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
});
