'use client';

import { ResourceList } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { serverResource } from '@/lib/resources/servers/resource';

/** The server list; its create button opens the wizard its declaration names. */
export function ServersClient() {
  const t = useT();
  return <ResourceList resource={serverResource} title={t('nav.servers')} caption={t('servers.list.caption')} />;
}
