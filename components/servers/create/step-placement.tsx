'use client';

import { RadioCards, SelectField } from '@/components/forms/inputs';
import { useT } from '@/lib/i18n/client';
import { AZ_DEPENDENT, type StepProps } from './step-props';

/** Step 1: the tenant (admins) and the AZ (resource pool) the server goes into. */
export function StepPlacement({ draft, update, errors, data, asAdmin }: StepProps) {
  const t = useT();
  return (
    <div className="space-y-4">
      {asAdmin && (
        <SelectField
          label={t('servers.create.project')}
          hint={t('servers.create.projectHint')}
          value={draft.projectId}
          options={(data.projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          loading={data.projects.isPending}
          placeholder={t('servers.create.choose')}
          onChange={(projectId) => update({ projectId, azId: '', ...AZ_DEPENDENT })}
          error={errors.projectId}
          testId="wizard-project"
        />
      )}
      {data.azsLoading && !(asAdmin && !draft.projectId) ? (
        <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>
      ) : (
        <RadioCards legend={t('servers.create.az')} name="az" value={draft.azId} options={data.azs} onChange={(azId) => update({ azId, ...AZ_DEPENDENT })} error={errors.azId} />
      )}
      {asAdmin && !draft.projectId && <p className="text-sm text-muted">{t('servers.create.chooseProjectFirst')}</p>}
    </div>
  );
}
