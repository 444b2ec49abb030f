'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/lookups';
import { quotaGroups, type QuotaGroup } from '@/lib/resources/quota-view';
import { QuotaEditDialog } from './quota-edit-dialog';
import { QuotaTable } from './quota-table';
import { useQuotas } from './use-quotas';

/**
 * A tenant's quotas, one table per AZ as SCP reports them. `editable`
 * (platform admins) adds an edit action per AZ; tenants get none, as SCP
 * lets only admins set quotas.
 */
export function QuotasView({ projectId, projectName, editable }: { projectId: string; projectName: string; editable: boolean }) {
  const t = useT();
  const quotas = useQuotas(projectId);
  const azs = useQuery(azsQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const azName = (group: QuotaGroup) =>
    group.global ? t('quotas.az.global') : azs.data?.items.find((az) => az.id === group.azId)?.name ?? t('quotas.az.unknown', { id: group.azId });

  if (quotas.isError) {
    return (
      <ErrorNotice title={t('quotas.loadFailed')} error={quotas.error}>
        <button type="button" className="button-secondary h-8" onClick={() => void quotas.refetch()}>
          {t('common.retry')}
        </button>
      </ErrorNotice>
    );
  }
  if (!quotas.data) return <p role="status" className="text-sm text-muted">{t('quotas.loading')}</p>;
  const groups = quotaGroups(quotas.data);
  if (!groups.length) return <p className="text-sm text-muted">{t('quotas.empty')}</p>;
  const open = groups.find((g) => g.azId === editing);
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <QuotaTable key={group.azId} group={group} azName={azName(group)} onEdit={editable ? () => setEditing(group.azId) : undefined} />
      ))}
      {open && <QuotaEditDialog projectId={projectId} projectName={projectName} azName={azName(open)} group={open} onClose={() => setEditing(null)} />}
    </div>
  );
}
