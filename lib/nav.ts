import type { MessageKey } from '@/lib/i18n';
import type { NavEntry, NavSection } from '@/lib/resources/core/types';
import { RESOURCE_NAV } from '@/lib/resources/kinds';
import { ADMIN_TENANT, type ConsoleRole } from '@/lib/scp';

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

/** The console's own pages, which no resource declares. */
const CONSOLE_PAGES: readonly NavEntry[] = [
  { id: 'overview', path: '/', labelKey: 'nav.overview', roles: EVERYONE, order: 0 },
  { id: 'tasks', path: '/tasks', labelKey: 'nav.tasks', roles: ADMIN_TENANT, order: 50 },
];

const SECTION_LABEL: Record<NavSection, MessageKey> = {
  compute: 'nav.group.compute',
  network: 'nav.group.network',
  platform: 'nav.group.platform',
};

/** Entries in their order, neighbours of one section together; an entry without a section is a section of its own. */
function grouped(entries: readonly NavEntry[]): NavGroup[] {
  const groups: { id: string; labelKey?: MessageKey; items: NavItem[] }[] = [];
  for (const entry of [...entries].sort((a, b) => a.order - b.order)) {
    const item: NavItem = { id: entry.id, href: entry.path, labelKey: entry.labelKey, roles: entry.roles };
    const last = groups.at(-1);
    if (entry.section && last?.id === entry.section) last.items.push(item);
    else groups.push({ id: entry.section ?? entry.id, labelKey: entry.section && SECTION_LABEL[entry.section], items: [item] });
  }
  return groups;
}

/**
 * The console's navigation, grouped the way SCP groups things, derived from
 * the resources' nav entries (lib/resources/kinds) and the console's own pages.
 */
export const navGroups: readonly NavGroup[] = grouped([...CONSOLE_PAGES, ...RESOURCE_NAV]);

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
