'use client';

import { useT } from '@/lib/i18n/client';
import { useSessionUser } from './session-user';

/** Who is signed in: user name, role in words, and tenant when there is one. */
export function CurrentUser() {
  const t = useT();
  const user = useSessionUser();
  return (
    <div role="group" aria-label={t('shell.account')} className="flex min-w-0 items-center gap-2 text-sm" data-testid="current-user">
      <span className="truncate font-medium" data-testid="current-username">
        {user.username}
      </span>
      <span className="shrink-0 rounded bg-surface px-1.5 py-0.5 text-xs text-muted ring-1 ring-border" data-testid="current-role">
        {t(`role.${user.role}`)}
      </span>
      {user.projectName && (
        <span className="hidden truncate text-muted md:inline" data-testid="current-tenant">
          {t('shell.tenant', { tenant: user.projectName })}
        </span>
      )}
    </div>
  );
}
