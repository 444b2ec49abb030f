'use client';

import { NumberField, TextField } from '@/components/forms/inputs';
import { useT } from '@/lib/i18n/client';
import { MAX_COUNT, isACloud } from '@/lib/resources/servers/create';
import type { StepProps } from './step-props';

/** Step 6: name, how many, description, power on, and the guest password (aCloud images only). */
export function StepDetails({ draft, update, errors, image }: StepProps) {
  const t = useT();
  return (
    <div className="space-y-4">
      <TextField label={t('servers.field.name')} hint={t('servers.create.nameHint')} value={draft.name} onChange={(name) => update({ name })} error={errors.name} testId="wizard-name" />
      <NumberField label={t('servers.create.count')} min={1} max={MAX_COUNT} value={draft.count} onChange={(count) => update({ count })} error={errors.count} testId="wizard-count" />
      <TextField label={t('servers.field.description')} value={draft.description} onChange={(description) => update({ description })} error={errors.description} multiline testId="wizard-description" />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" checked={draft.powerOn} onChange={(e) => update({ powerOn: e.target.checked })} data-testid="wizard-power-on" />
        {t('servers.create.powerOn')}
      </label>
      {isACloud(image) && (
        <TextField label={t('servers.create.password')} hint={t('servers.password.hint')} type="password" value={draft.password} onChange={(password) => update({ password })} error={errors.password} testId="wizard-password" />
      )}
    </div>
  );
}
