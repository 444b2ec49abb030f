'use client';

import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { QuotasView } from '@/components/quotas/quotas-view';
import { TenantPicker } from '@/components/quotas/tenant-picker';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { projectsQuery } from '@/lib/resources/core/lookups';
import { Hex32 } from '@/lib/scp';

/** Quotas: a tenant sees its own; an admin picks a tenant (kept in the URL) and may change its limits. */
export function QuotasClient() {
  const t = useT();
  const session = useSessionUser();
  const admin = session.role === 'admin';
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const asked = params.get('project_id') ?? '';
  const projectId = admin ? (Hex32.safeParse(asked).success ? asked : '') : session.projectId;
  const projects = useQuery({ ...projectsQuery, enabled: admin });
  const projectName = admin ? projects.data?.items.find((p) => p.id === projectId)?.name ?? projectId : session.projectName;
  const choose = (id: string) => router.replace(id ? `${pathname}?project_id=${id}` : pathname);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('nav.quotas')}</h1>
        {admin && <TenantPicker value={projectId} onChange={choose} />}
      </div>
      {projectId ? (
        <QuotasView key={projectId} projectId={projectId} projectName={projectName} editable={admin} />
      ) : (
        <p className="rounded-lg border border-border px-3 py-10 text-center text-sm text-muted">{t('quotas.tenant.prompt')}</p>
      )}
    </section>
  );
}
