import { describe, expect, it } from 'vitest';
import { checkSubnetCreate, subnetCreateBody } from './create';

const good = { name: 'web', description: '', cidr: '10.0.9.0/24', gateway_ip: '10.0.9.1', enable_dhcp: '1', allocation_pools: '10.0.9.2-10.0.9.254' };
const VPC = '7d1e6a3c-1f0b-4c1e-9a5e-0f6d2b8c9a10';

describe('subnet create', () => {
  it('makes the body SCP takes', () => {
    expect(subnetCreateBody(VPC, { ...good, enable_dhcp: '0' })).toEqual({
      name: 'web', description: undefined, vpc_id: VPC, cidr: '10.0.9.0/24', gateway_ip: '10.0.9.1', enable_dhcp: 0,
      allocation_pools: [{ start: '10.0.9.2', end: '10.0.9.254' }],
    });
  });

  it('accepts a good plan and names the field of each problem', () => {
    expect(checkSubnetCreate(VPC, good, [{ name: 'a', cidr: '10.0.1.0/24' }])).toEqual({});
    expect(Object.keys(checkSubnetCreate('', { ...good, name: ' ' }, []))).toEqual(['vpc_id', 'name']);
    expect(checkSubnetCreate(VPC, { ...good, cidr: '10.0.1.0/25' }, [{ name: 'a', cidr: '10.0.1.0/24' }]).cidr?.key).toBe('subnets.error.overlap');
    expect(checkSubnetCreate(VPC, { ...good, cidr: '10.0.9.0/33' }, []).cidr?.key).toBe('subnets.error.cidr');
    expect(checkSubnetCreate(VPC, { ...good, gateway_ip: '10.0.10.1' }, []).gateway_ip?.key).toBe('subnets.error.gatewayOutside');
  });
});
