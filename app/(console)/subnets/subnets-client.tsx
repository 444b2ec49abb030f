'use client';

import { ResourceList } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { subnetResource } from '@/lib/resources/subnets';

/** The subnet list. */
export function SubnetsClient() {
  const t = useT();
  return <ResourceList resource={subnetResource} title={t('nav.subnets')} caption={t('subnets.list.caption')} />;
}
