'use client';

import { SelectField } from '@/components/forms/inputs';
import { useT } from '@/lib/i18n/client';
import type { StepProps } from './step-props';

/** Step 5: a NIC on one of the tenant's VPC subnets (or none), and optionally a free floating IP. */
export function StepNetwork({ draft, update, errors, data }: StepProps) {
  const t = useT();
  return (
    <div className="space-y-4">
      <SelectField
        label={t('servers.create.vpc')}
        value={draft.vpcId}
        options={(data.vpcs.data ?? []).map((v) => ({ value: v.id, label: v.name, note: v.id.slice(0, 8) }))}
        loading={data.vpcs.isPending}
        placeholder={t('servers.create.noNetwork')}
        onChange={(vpcId) => update({ vpcId, subnetId: '', floatingIpId: '' })}
        error={errors.vpcId}
        testId="wizard-vpc"
      />
      {draft.vpcId && (
        <SelectField
          label={t('servers.create.subnet')}
          value={draft.subnetId}
          options={(data.subnets.data ?? []).map((s) => ({ value: s.id, label: s.name, note: s.cidr }))}
          loading={data.subnets.isPending}
          placeholder={t('servers.create.choose')}
          onChange={(subnetId) => update({ subnetId })}
          error={errors.subnetId}
          testId="wizard-subnet"
        />
      )}
      {draft.subnetId && (
        <SelectField
          label={t('servers.create.floatingIp')}
          hint={t('servers.create.floatingIpHint')}
          value={draft.floatingIpId}
          options={(data.floatingIps.data ?? []).map((f) => ({ value: f.id, label: f.floating_ip }))}
          loading={data.floatingIps.isPending}
          placeholder={t('servers.create.noFloatingIp')}
          onChange={(floatingIpId) => update({ floatingIpId })}
          error={errors.floatingIpId}
          testId="wizard-floating-ip"
        />
      )}
    </div>
  );
}
