import { describe, expect, it } from 'vitest';
import { subnetColumns, subnetFilters } from './resource';

const subnet = {
  id: 's1', name: 'web', project_id: 'p1', vpc_id: 'v1', cidr: '10.0.9.0/24', gateway_ip: '10.0.9.1', enable_dhcp: 0,
  allocation_pools: [{ start: '10.0.9.2', end: '10.0.9.11' }], vpc_name: 'VPC网络', az_name: '广州-资源池1',
};

describe('subnet list declaration', () => {
  it('shows DHCP, pools and the number of assignable addresses', () => {
    const cell = (id: string) => subnetColumns.find((c) => c.id === id)!.cell(subnet as never);
    expect(cell('dhcp')).toEqual({ kind: 'message', key: 'subnets.dhcp.off' });
    expect(cell('pools')).toEqual({ kind: 'lines', lines: ['10.0.9.2-10.0.9.11'], mono: true });
    expect(cell('addresses')).toEqual({ kind: 'message', key: 'subnets.cell.addresses', values: { count: 10 } });
    expect(cell('vpc')).toEqual({ kind: 'text', text: 'VPC网络' });
  });

  it('filters by what subnets.list accepts; the tenant filter and column are for admins', () => {
    const vpc = subnetFilters.find((f) => f.param === 'vpc_id')!;
    expect(vpc.accepts?.('6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f')).toBe(true);
    expect(vpc.accepts?.('nope')).toBe(false);
    expect(subnetFilters.find((f) => f.param === 'project_id')?.roles).toEqual(['admin']);
    expect(subnetColumns.find((c) => c.id === 'project')?.roles).toEqual(['admin']);
  });
});
