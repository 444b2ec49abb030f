'use client';

import { ResourceList } from '@/components/resource/resource-list';
import { SubnetCreateButton } from '@/components/subnets/subnet-create-button';
import { useT } from '@/lib/i18n/client';
import { subnetResource } from '@/lib/resources/subnets/resource';

/** The subnet list with its "create" entry point. */
export function SubnetsClient() {
  const t = useT();
  return <ResourceList resource={subnetResource} title={t('nav.subnets')} caption={t('subnets.list.caption')} toolbar={<SubnetCreateButton />} />;
}
