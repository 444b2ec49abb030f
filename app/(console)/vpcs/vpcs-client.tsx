'use client';

import { ResourceList } from '@/components/resource/resource-list';
import { VpcCreateButton } from '@/components/vpcs/vpc-create-button';
import { useT } from '@/lib/i18n/client';
import { vpcResource } from '@/lib/resources/vpcs/resource';

/** The VPC list with its "create" entry point. */
export function VpcsClient() {
  const t = useT();
  return <ResourceList resource={vpcResource} title={t('nav.vpcs')} caption={t('vpcs.list.caption')} toolbar={<VpcCreateButton />} />;
}
