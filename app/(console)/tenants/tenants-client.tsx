'use client';

import { ResourceList, type PageActionDialog } from '@/components/resource/resource-list';
import { TenantAzsDialog } from '@/components/tenants/tenant-azs-dialog';
import { useT } from '@/lib/i18n/client';
import { tenantResource } from '@/lib/resources/projects/resource';
import type { Project } from '@/lib/scp';

/** Choosing a tenant's AZs needs the AZ list read from the console: the page's own dialog. */
const actionDialogs: Record<string, PageActionDialog<Project>> = {
  azs: ({ item, close }) => <TenantAzsDialog tenant={item} onClose={close} />,
};

/** The tenant list, with its declared create form (platform admins; the navigation keeps others out). */
export function TenantsClient() {
  const t = useT();
  return <ResourceList resource={tenantResource} title={t('nav.tenants')} caption={t('tenants.list.caption')} actionDialogs={actionDialogs} />;
}
