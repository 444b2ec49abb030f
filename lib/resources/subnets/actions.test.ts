import { describe, expect, it } from 'vitest';
import { checkSubnetEdit, subnetChangeVerdict, subnetEditBody, subnetEditInitial } from './actions';

const subnet = {
  id: 's1', name: 'web', description: null, status: 'active', is_visible: 1, cidr: '10.0.9.0/24', gateway_ip: '10.0.9.1', enable_dhcp: 1,
  allocation_pools: [{ start: '10.0.9.2', end: '10.0.9.254' }],
};

describe('subnet actions', () => {
  it('refuses SCP\'s hidden subnets and members', () => {
    expect(subnetChangeVerdict(subnet, { role: 'tenant' }).ok).toBe(true);
    expect(subnetChangeVerdict({ ...subnet, is_visible: 0 }, { role: 'admin' })).toMatchObject({ ok: false, reason: 'subnets.reason.hidden' });
    expect(subnetChangeVerdict(subnet, { role: 'member' })).toMatchObject({ ok: false, why: 'role' });
  });

  it('sends only what changed', () => {
    const values = { ...subnetEditInitial(subnet), name: ' web2 ', enable_dhcp: '0' };
    expect(subnetEditBody(values, subnet)).toEqual({ name: 'web2', description: undefined, enable_dhcp: 0, allocation_pools: undefined });
  });

  it('names the field of each problem', () => {
    expect(checkSubnetEdit(subnetEditInitial(subnet), subnet)).toEqual({ name: { key: 'subnets.error.nothingChanged' } });
    expect(checkSubnetEdit({ ...subnetEditInitial(subnet), name: '  ' }, subnet).name?.key).toBe('forms.error.invalid');
    expect(checkSubnetEdit({ ...subnetEditInitial(subnet), allocation_pools: '10.0.9.1-10.0.9.20' }, subnet).allocation_pools?.key).toBe('subnets.error.poolGateway');
    expect(checkSubnetEdit({ ...subnetEditInitial(subnet), allocation_pools: '10.0.9.2-10.0.9.20' }, subnet)).toEqual({});
  });
});
