'use client';

import { useState } from 'react';
import { ResourceList } from '@/components/resource/resource-list';
import { useT } from '@/lib/i18n/client';
import { tenantResource } from '@/lib/resources/tenants';
import { TenantCreateDialog } from '@/components/tenants/tenant-create-dialog';

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
