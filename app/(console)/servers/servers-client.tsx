'use client';

import Link from 'next/link';
import { ResourceList } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { serverResource } from '@/lib/resources/servers/resource';

/** The server list with its "create" entry point. */
export function ServersClient() {
  const t = useT();
  return (
    <ResourceList
      resource={serverResource}
      title={t('nav.servers')}
      caption={t('servers.list.caption')}
      toolbar={
        <Link href="/servers/new" className="button-primary h-9">
          {t('servers.create.button')}
        </Link>
      }
    />
  );
}
