import { describe, expect, it } from 'vitest';
import { isMessageKey } from '@/lib/i18n';
import { azs, floatingIps, images, projects, quotas, servers, subnets, tasks, volumes, vpcs, type ConsoleRole } from '@/lib/scp';
import { isCurrent, mayVisit, navForRole, navItemForPath, navItems } from './nav';

const ids = (role: ConsoleRole) => navForRole(role).flatMap((group) => group.items.map((item) => item.id));

describe('navForRole', () => {
  it('gives platform admins every page', () => {
    expect(ids('admin')).toEqual(['overview', 'servers', 'volumes', 'images', 'vpcs', 'subnets', 'floating-ips', 'quotas', 'tasks', 'tenants', 'resource-pools']);
  });

  it('hides tenants and resource pools from tenant admins, and drops the empty section', () => {
    expect(ids('tenant')).toEqual(['overview', 'servers', 'images', 'vpcs', 'subnets', 'floating-ips', 'quotas', 'tasks']);
    expect(navForRole('tenant').map((group) => group.id)).not.toContain('platform');
  });

  it('leaves sub-accounts the overview only, as SCP documents no resource access for them', () => {
    expect(ids('member')).toEqual(['overview']);
  });
});

describe('paths', () => {
  it('finds the item a path belongs to, including pages below it', () => {
    expect(navItemForPath('/servers')?.id).toBe('servers');
    expect(navItemForPath('/servers/0b6e/snapshots')?.id).toBe('servers');
    expect(navItemForPath('/')?.id).toBe('overview');
    expect(navItemForPath('/serversx')).toBeUndefined();
    expect(navItemForPath('/sign-in')).toBeUndefined();
  });

  it('marks only the matching item current', () => {
    const overview = navItems[0];
    expect(isCurrent(overview, '/')).toBe(true);
    expect(isCurrent(overview, '/servers')).toBe(false);
  });

  it('refuses restricted pages to the roles without them', () => {
    expect(mayVisit('tenant', '/tenants')).toBe(false);
    expect(mayVisit('tenant', '/resource-pools/abc')).toBe(false);
    expect(mayVisit('admin', '/tenants')).toBe(true);
    expect(mayVisit('tenant', '/servers')).toBe(true);
    expect(mayVisit('member', '/servers')).toBe(false);
    expect(mayVisit('member', '/somewhere-else')).toBe(true);
  });
});

describe('the navigation agrees with the operation registry', () => {
  const listOperation: Record<string, { roles: readonly ConsoleRole[] }> = {
    servers: servers.list, volumes: volumes.list, images: images.list, vpcs: vpcs.list, subnets: subnets.list, 'floating-ips': floatingIps.list,
    quotas: quotas.list, tasks: tasks.list, tenants: projects.list, 'resource-pools': azs.list,
  };

  it.each(navItems.filter((item) => item.id !== 'overview').map((item) => [item.id, item] as const))(
    '%s is shown only to roles that may list it',
    (id, item) => {
      expect(listOperation[id]).toBeDefined();
      expect(item.roles.filter((role) => !listOperation[id].roles.includes(role))).toEqual([]);
    },
  );

  it('labels every item with a dictionary key', () => {
    expect(navItems.filter((item) => !isMessageKey(item.labelKey))).toEqual([]);
  });
});
