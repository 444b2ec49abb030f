'use client';

import { NumberField } from '@/components/forms/inputs';
import { useT } from '@/lib/i18n/client';
import type { StepProps } from './step-props';

/** Step 3: CPU as sockets × cores per socket (SCP wants the total, a multiple of the sockets), and memory. */
export function StepCompute({ draft, update, errors }: StepProps) {
  const t = useT();
  const total = draft.sockets * draft.coresPerSocket;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-6">
        <NumberField label={t('servers.field.sockets')} min={1} max={32} value={draft.sockets} onChange={(sockets) => update({ sockets })} error={errors.sockets} testId="wizard-sockets" />
        <NumberField label={t('servers.field.coresPerSocket')} min={1} max={64} value={draft.coresPerSocket} onChange={(coresPerSocket) => update({ coresPerSocket })} error={errors.coresPerSocket} testId="wizard-cores-per-socket" />
      </div>
      <p className="text-sm text-muted" data-testid="wizard-total-cores">
        {Number.isFinite(total) ? t('servers.edit.total', { cores: total }) : t('format.empty')}
      </p>
      <NumberField label={t('servers.field.memory')} unit={t('forms.unit.gb')} min={1} max={2048} value={draft.memoryGb} onChange={(memoryGb) => update({ memoryGb })} error={errors.memoryGb} testId="wizard-memory" />
    </div>
  );
}
