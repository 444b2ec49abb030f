'use client';

import { TenantScoped } from '@/components/resource/tenant-scoped';
import { useT } from '@/lib/i18n/client';
import { quotasPage } from '@/lib/resources/quotas/resource';
import { QuotasView } from './quotas-view';

/** Quotas (lib/resources/quotas/resource): a tenant sees its own; an admin picks a tenant (kept in the URL) and may change its limits. */
export function QuotasPage() {
  const t = useT();
  return (
    <TenantScoped scope={quotasPage.scope} title={t(quotasPage.nav.labelKey)}>
      {(tenant) => <QuotasView key={tenant.id} projectId={tenant.id} projectName={tenant.name} editable={tenant.picked} />}
    </TenantScoped>
  );
}
