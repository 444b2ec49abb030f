'use client';

import { useState } from 'react';
import { ResourceList, type PageActionDialog } from '@/components/resource/resource-list';
import { TenantAzsDialog } from '@/components/tenants/tenant-azs-dialog';
import { useT } from '@/lib/i18n/client';
import { tenantResource } from '@/lib/resources/projects/resource';
import type { Project } from '@/lib/scp';
import { TenantCreateDialog } from '@/components/tenants/tenant-create-dialog';

/** Choosing a tenant's AZs needs the AZ list read from the console: the page's own dialog. */
const actionDialogs: Record<string, PageActionDialog<Project>> = {
  azs: ({ item, close }) => <TenantAzsDialog tenant={item} onClose={close} />,
};

/** The tenant list with its "new tenant" entry point (platform admins; the navigation keeps others out). */
export function TenantsClient() {
  const t = useT();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <ResourceList
        resource={tenantResource}
        title={t('nav.tenants')}
        caption={t('tenants.list.caption')}
        actionDialogs={actionDialogs}
        toolbar={
          <button type="button" className="button-primary h-9" onClick={() => setCreating(true)}>
            {t('tenants.create.button')}
          </button>
        }
      />
      {creating && <TenantCreateDialog onClose={() => setCreating(false)} />}
    </>
  );
}
