'use client';

import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { PlatformOverview } from './platform-overview';
import { TenantOverview } from './tenant-overview';

/**
 * The home page (概览): what a user checks first. A platform admin sees the
 * platform, a tenant admin their tenant; a sub-account, who has no pages
 * (lib/nav.ts), only the welcome.
 */
export function Overview() {
  const t = useT();
  const user = useSessionUser();
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('home.title')}</h1>
        <p className="mt-2 text-muted">{t('home.welcome', { username: user.username })}</p>
        <p className="mt-1 text-sm text-muted">{t(user.role === 'member' ? 'home.noPages' : user.role === 'admin' ? 'home.body.admin' : 'home.body')}</p>
      </div>
      {user.role === 'admin' && <PlatformOverview />}
      {user.role === 'tenant' && <TenantOverview projectId={user.projectId} />}
    </section>
  );
}
