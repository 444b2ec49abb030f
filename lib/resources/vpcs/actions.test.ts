import { describe, expect, it } from 'vitest';
import { vpcDeleteVerdict } from './actions';

const vpc = { id: 'v1', name: 'VPC网络', status: 'active', subnets: [] };

describe('VPC delete verdict', () => {
  it('allows an empty, settled VPC to admins and tenant admins', () => {
    expect(vpcDeleteVerdict(vpc, { role: 'admin' }).ok).toBe(true);
    expect(vpcDeleteVerdict(vpc, { role: 'tenant' }).ok).toBe(true);
  });
  it('refuses members, busy VPCs and VPCs with subnets, saying why', () => {
    expect(vpcDeleteVerdict(vpc, { role: 'member' })).toMatchObject({ ok: false, why: 'role', reason: 'vpcs.reason.role' });
    expect(vpcDeleteVerdict({ ...vpc, status: 'creating' }, { role: 'admin' })).toMatchObject({ ok: false, why: 'state', reason: 'vpcs.reason.busy' });
    expect(vpcDeleteVerdict({ ...vpc, subnets: [{ id: 's1' }, { id: 's2' }] }, { role: 'tenant' }))
      .toEqual({ ok: false, why: 'state', reason: 'vpcs.reason.hasSubnets', values: { count: 2 } });
  });
  it('leaves the decision to SCP when the subnets could not be read', () => {
    expect(vpcDeleteVerdict({ ...vpc, subnets: undefined }, { role: 'tenant' }).ok).toBe(true);
  });
});
