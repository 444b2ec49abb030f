'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/core/lookups';
import { quotaGroups, type QuotaGroup } from '@/lib/resources/quotas/view';
import { QuotaEditDialog } from './quota-edit-dialog';
import { QuotaTable } from './quota-table';
import { useQuotaScope } from './use-quota-scope';
import { useQuotas } from './use-quotas';

/**
 * A tenant's quotas, one table per AZ as SCP reports them. `editable`
 * (platform admins) lists every documented quota of each of the tenant's AZs
 * and the global ones, set or not, with an edit action per AZ; tenants see
 * what SCP reports and get no action, as SCP lets only admins set quotas.
 */
export function QuotasView({ projectId, projectName, editable }: { projectId: string; projectName: string; editable: boolean }) {
  const t = useT();
  const quotas = useQuotas(projectId);
  const scope = useQuotaScope(projectId, editable);
  const azs = useQuery(azsQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const azName = (group: QuotaGroup) =>
    group.global ? t('quotas.az.global') : azs.data?.items.find((az) => az.id === group.azId)?.name ?? t('quotas.az.unknown', { id: group.azId });

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
  const groups = quotaGroups(quotas.data, scope.scope);
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
        <QuotaTable
          key={group.azId}
          group={group}
          azName={azName(group)}
          storageTags={scope.storageTags}
          onEdit={editable ? () => setEditing(group.azId) : undefined}
        />
      ))}
      {open && (
        <QuotaEditDialog
          projectId={projectId}
          projectName={projectName}
          azName={azName(open)}
          group={open}
          storageTags={scope.storageTags}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
