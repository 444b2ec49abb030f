'use client';

import { ResourceList } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { floatingIpResource } from '@/lib/resources/floating-ips/resource';

/** The floating-IP list, with its declared allocate form. */
export function FloatingIpsClient() {
  const t = useT();
  return <ResourceList resource={floatingIpResource} title={t('nav.floatingIps')} caption={t('floatingIps.list.caption')} />;
}
