import { describe, expect, it } from 'vitest';
import type { ListContext } from '../core/types';
import { subnetsOfVpcHref, vpcColumns, vpcRows } from './resource';

const vpc = (id: string, project = 'p1', az = 'az1') => ({ id, name: 'VPC网络', az_id: az, project_id: project, status: 'active' });
const subnet = (id: string, vpcId: string) => ({ id, name: id, vpc_id: vpcId, project_id: 'p1', cidr: `10.0.${id.length}.0/24`, allocation_pools: [] });

function context(role: ListContext['session']['role'], subnets: unknown[], fail = false): { ctx: ListContext; keys: unknown[] } {
  const keys: unknown[] = [];
  const ctx: ListContext = {
    session: { role } as ListContext['session'],
    read: async ({ queryKey }) => {
      keys.push(queryKey);
      const [kind] = queryKey as string[];
      if (kind === 'azs') return { items: [{ id: 'az1', name: '广州-资源池1' }], total: 1 } as never;
      if (kind === 'projects') return { items: [{ id: 'p1', name: 'acme' }], total: 1 } as never;
      if (fail) throw new Error('down');
      return { items: subnets, total: subnets.length } as never;
    },
  };
  return { ctx, keys };
}

describe('VPC rows', () => {
  it('names the AZ, gives each VPC its subnets and asks only for the tenant on the page', async () => {
    const { ctx, keys } = context('tenant', [subnet('s1', 'v1'), subnet('s2', 'v1')]);
    const rows = await vpcRows([vpc('v1'), vpc('v2')], ctx);
    expect(rows.map((r) => [r.az_name, r.project_name, r.subnets?.length])).toEqual([['广州-资源池1', undefined, 2], ['广州-资源池1', undefined, 0]]);
    expect(keys).toContainEqual(['subnets', 'list', { pageSize: 100, is_visible: '1', project_id: 'p1', az_id: 'az1' }]);
    expect(keys).not.toContainEqual(['projects']);
  });

  it('reads the subnets of the VPCs on the page, not all of them, on a large platform', async () => {
    const keys: unknown[] = [];
    const ctx: ListContext = {
      session: { role: 'admin' } as ListContext['session'],
      read: async ({ queryKey }) => {
        keys.push(queryKey);
        const [kind, , query] = queryKey as [string, string, { vpc_id?: string }];
        if (kind !== 'subnets') return { items: [], total: 0 } as never;
        if (query.vpc_id) return { items: [subnet(`in-${query.vpc_id}`, query.vpc_id)], total: 1 } as never;
        return { items: [], total: 1200 } as never;
      },
    };
    const rows = await vpcRows([vpc('v1', 'p1'), vpc('v2', 'p2')], ctx);
    expect(rows.map((r) => r.subnets?.map((s) => s.id))).toEqual([['in-v1'], ['in-v2']]);
    expect(keys.filter((k) => (k as string[])[0] === 'subnets')).toHaveLength(3);
  });

  it('names tenants for admins', async () => {
    const { ctx } = context('admin', []);
    expect((await vpcRows([vpc('v1')], ctx))[0].project_name).toBe('acme');
  });

  it('leaves subnets unknown when they cannot be read', async () => {
    const { ctx } = context('tenant', [], true);
    expect((await vpcRows([vpc('v1')], ctx))[0].subnets).toBeUndefined();
  });

  it('links the subnet count to the subnet list filtered by the VPC', () => {
    const column = vpcColumns.find((c) => c.id === 'subnets')!;
    expect(column.cell({ ...vpc('v1'), subnets: [subnet('s1', 'v1')] } as never)).toEqual({ kind: 'link', text: '1', href: subnetsOfVpcHref('v1') });
    expect(subnetsOfVpcHref('v1')).toBe('/subnets?vpc_id=v1');
  });

  it('shows the tenant column to admins only', () => {
    expect(vpcColumns.find((c) => c.id === 'project')?.roles).toEqual(['admin']);
  });
});
