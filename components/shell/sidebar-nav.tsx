'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useT } from '@/lib/i18n/client';
import { isCurrent, navForRole, type NavItem } from '@/lib/nav';
import type { ConsoleRole } from '@/lib/scp';

function NavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const t = useT();
  const current = isCurrent(item, pathname);
  return (
    <Link
      href={item.href}
      aria-current={current ? 'page' : undefined}
      className={`block rounded-md px-3 py-2 text-sm ${current ? 'bg-accent/10 font-medium text-accent' : 'text-foreground hover:bg-background'}`}
    >
      {t(item.labelKey)}
    </Link>
  );
}

/** The console's navigation for `role`, in SCP's groups; the current page is marked with aria-current. */
export function SidebarNav({ role }: { role: ConsoleRole }) {
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t('nav.label')} className="px-3 py-4">
      <ul className="space-y-1">
        {navForRole(role).map((group) =>
          group.labelKey ? (
            <li key={group.id} className="pt-3">
              <p id={`nav-group-${group.id}`} className="px-3 pb-1 text-xs font-medium tracking-wide text-muted uppercase">
                {t(group.labelKey)}
              </p>
              <ul aria-labelledby={`nav-group-${group.id}`} className="space-y-1">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <NavLink item={item} pathname={pathname} />
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            group.items.map((item) => (
              <li key={item.id}>
                <NavLink item={item} pathname={pathname} />
              </li>
            ))
          ),
        )}
      </ul>
    </nav>
  );
}
