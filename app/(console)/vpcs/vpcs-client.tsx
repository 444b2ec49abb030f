'use client';

import { ResourceList } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { vpcResource } from '@/lib/resources/vpcs';

/** The VPC list. */
export function VpcsClient() {
  const t = useT();
  return <ResourceList resource={vpcResource} title={t('nav.vpcs')} caption={t('vpcs.list.caption')} />;
}
