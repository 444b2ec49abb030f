import type { MessageKey } from '@/lib/i18n';
import type { ConsoleRole } from '@/lib/scp';

/** One page in the console's navigation, with the roles that may use it. */
export interface NavItem {
  id: string;
  href: string;
  labelKey: MessageKey;
  roles: readonly ConsoleRole[];
}

/** A section of the navigation; a section without a label shows its single item on its own. */
export interface NavGroup {
  id: string;
  labelKey?: MessageKey;
  items: readonly NavItem[];
}

const EVERYONE: readonly ConsoleRole[] = ['admin', 'tenant', 'member'];
/** SCP documents no sub-account access to the resource operations (lib/scp registry, ADMIN_TENANT), so members do not get these pages. */
const ADMIN_TENANT: readonly ConsoleRole[] = ['admin', 'tenant'];
const ADMIN: readonly ConsoleRole[] = ['admin'];

/** The console's navigation, grouped the way SCP groups things. The one place that says which role sees which page. */
export const navGroups: readonly NavGroup[] = [
  { id: 'overview', items: [{ id: 'overview', href: '/', labelKey: 'nav.overview', roles: EVERYONE }] },
  { id: 'compute', labelKey: 'nav.group.compute', items: [{ id: 'servers', href: '/servers', labelKey: 'nav.servers', roles: ADMIN_TENANT }] },
  { id: 'images', items: [{ id: 'images', href: '/images', labelKey: 'nav.images', roles: ADMIN_TENANT }] },
  {
    id: 'network',
    labelKey: 'nav.group.network',
    items: [
      { id: 'vpcs', href: '/vpcs', labelKey: 'nav.vpcs', roles: ADMIN_TENANT },
      { id: 'subnets', href: '/subnets', labelKey: 'nav.subnets', roles: ADMIN_TENANT },
      { id: 'floating-ips', href: '/floating-ips', labelKey: 'nav.floatingIps', roles: ADMIN_TENANT },
    ],
  },
  { id: 'quotas', items: [{ id: 'quotas', href: '/quotas', labelKey: 'nav.quotas', roles: ADMIN_TENANT }] },
  { id: 'tasks', items: [{ id: 'tasks', href: '/tasks', labelKey: 'nav.tasks', roles: ADMIN_TENANT }] },
  {
    id: 'platform',
    labelKey: 'nav.group.platform',
    items: [
      { id: 'tenants', href: '/tenants', labelKey: 'nav.tenants', roles: ADMIN },
      { id: 'resource-pools', href: '/resource-pools', labelKey: 'nav.resourcePools', roles: ADMIN },
    ],
  },
];

/** Every navigation item, in order. */
export const navItems: readonly NavItem[] = navGroups.flatMap((group) => group.items);

/** The navigation `role` sees: items it may not use are left out, and so are sections left empty. */
export function navForRole(role: ConsoleRole): NavGroup[] {
  return navGroups
    .map((group) => ({ ...group, items: group.items.filter((item) => item.roles.includes(role)) }))
    .filter((group) => group.items.length > 0);
}

/** True when `pathname` is `item`'s page or one below it (`/servers/abc` belongs to Servers; `/` only to itself). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.href === '/') return pathname === '/';
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** The navigation item `pathname` belongs to, if any. */
export function navItemForPath(pathname: string): NavItem | undefined {
  return navItems.find((item) => isCurrent(item, pathname));
}

/** False when `pathname` belongs to a page `role` may not use; paths outside the navigation are not restricted here. */
export function mayVisit(role: ConsoleRole, pathname: string): boolean {
  const item = navItemForPath(pathname);
  return !item || item.roles.includes(role);
}
