'use client';

import Link from 'next/link';
import { MessagePanel } from '@/components/message-panel';
import { useT } from '@/lib/i18n/client';
import type { NavItem } from '@/lib/nav';
import type { ConsoleRole } from '@/lib/scp';

/** Shown in place of a page the signed-in role may not use. The API refuses it as well; this says so in words. */
export function NotPermitted({ item, role }: { item: NavItem; role: ConsoleRole }) {
  const t = useT();
  return (
    <MessagePanel
      testId="not-permitted"
      title={t('notPermitted.title')}
      body={t('notPermitted.body', { page: t(item.labelKey), role: t(`role.${role}`) })}
      action={
        <Link href="/" className="button-secondary">
          {t('notPermitted.back')}
        </Link>
      }
    />
  );
}
