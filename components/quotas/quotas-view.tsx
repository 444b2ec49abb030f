'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { GridFormDialog } from '@/components/forms/grid-form-dialog';
import { ErrorNotice } from '@/components/resource/error-notice';
import { useFigure } from '@/components/resource/use-figure';
import { UsageTable } from '@/components/resource/usage-table';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/core/lookups';
import { quotasQuery } from '@/lib/resources/quotas/query';
import { quotasPage } from '@/lib/resources/quotas/resource';
import { quotaGroups } from '@/lib/resources/quotas/view';
import { useQuotaNames } from './use-quota-names';
import { useQuotaScope } from './use-quota-scope';

/**
 * A tenant's quotas, one declared table per AZ as SCP reports them
 * (lib/resources/quotas/resource). `editable` (platform admins) lists every
 * documented quota of each of the tenant's AZs and the global ones, set or
 * not, with an edit action per AZ; tenants see what SCP reports and get no
 * action, as SCP lets only admins set quotas.
 */
export function QuotasView({ projectId, projectName, editable }: { projectId: string; projectName: string; editable: boolean }) {
  const t = useT();
  const words = useFigure();
  const quotas = useQuery({ ...quotasQuery(projectId), staleTime: 10_000 });
  const scope = useQuotaScope(projectId, editable);
  const azs = useQuery(azsQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const groups = quotas.data && (!editable || scope.scope) ? quotaGroups(quotas.data, scope.scope) : [];
  const names = useQuotaNames(groups.flatMap((g) => g.items), scope.storageTags);

  if (quotas.isError || scope.isError) {
    const retry = () => (quotas.isError ? void quotas.refetch() : scope.refetch());
    return (
      <ErrorNotice title={t('quotas.loadFailed')} error={quotas.error ?? scope.error}>
        <button type="button" className="button-secondary h-8" onClick={retry}>
          {t('common.retry')}
        </button>
      </ErrorNotice>
    );
  }
  if (!quotas.data || (editable && !scope.scope)) return <p role="status" className="text-sm text-muted">{t('quotas.loading')}</p>;
  const open = groups.find((g) => g.azId === editing);
  return (
    <div className="space-y-4">
      {editable && scope.azIds.length === 0 && !groups.some((g) => !g.global) && (
        <p className="rounded-lg border border-border px-3 py-3 text-sm" data-testid="quotas-no-azs">
          {t('quotas.noAzs')}{' '}
          <Link className="text-accent hover:underline" href={`/tenants?keywords=${encodeURIComponent(projectName)}`}>
            {t('quotas.noAzs.link')}
          </Link>
        </p>
      )}
      {!groups.length && <p className="text-sm text-muted">{t('quotas.empty')}</p>}
      {groups.map((group) => (
        <UsageTable
          key={group.azId}
          spec={quotasPage.table}
          id={group.azId}
          title={words(quotasPage.azName(group, azs.data?.items))}
          rows={quotasPage.rows(group, names)}
          action={editable && (
            <button type="button" className="button-secondary h-8" onClick={() => setEditing(group.azId)}>
              {t('quotas.edit.button')}
            </button>
          )}
        />
      ))}
      {open && (
        <GridFormDialog
          form={quotasPage.editForm({ projectId, project: projectName, az: quotasPage.azName(open, azs.data?.items), group: open, names })}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
