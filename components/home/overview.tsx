'use client';

import Link from 'next/link';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { navForRole } from '@/lib/nav';

/** The home page until a real overview exists: a welcome and a card per page the user's role has. */
export function Overview() {
  const t = useT();
  const user = useSessionUser();
  const pages = navForRole(user.role)
    .flatMap((group) => group.items)
    .filter((item) => item.href !== '/');
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t('home.title')}</h1>
      <p className="mt-2 text-muted">{t('home.welcome', { username: user.username })}</p>
      <p className="mt-1 text-sm text-muted">{pages.length > 0 ? t('home.body') : t('home.noPages')}</p>
      {pages.length > 0 && (
        <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
          {pages.map((item) => (
            <li key={item.id}>
              <Link href={item.href} className="block rounded-lg border border-border bg-surface px-4 py-3 text-sm font-medium hover:border-accent">
                {t(item.labelKey)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
