'use client';

import { NumberField, RadioCards } from '@/components/forms/inputs';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { DISK_GB, MAX_DATA_DISKS, dataDiskId } from '@/lib/resources/servers/create';
import type { StepProps } from './step-props';

/** Step 4: the storage tag every disk goes on, and data disks besides the system disk. */
export function StepStorage({ draft, update, errors, data }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const tags = data.storageTags.data ?? [];
  const setDisk = (index: number, gb: number) => update({ dataDisksGb: draft.dataDisksGb.map((d, i) => (i === index ? gb : d)) });
  return (
    <div className="space-y-4">
      {data.storageTags.isPending ? (
        <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>
      ) : (
        <RadioCards
          legend={t('servers.create.storageTag')}
          name="storage-tag"
          value={draft.storageTagId}
          onChange={(storageTagId) => update({ storageTagId })}
          error={errors.storageTagId}
          options={tags.map((tag) => ({
            value: tag.id,
            label: tag.name,
            note: typeof tag.total_mb === 'number' && tag.total_mb >= 0
              ? t('servers.create.storageTag.quota', { used: formatSizeMb(tag.used_mb ?? 0, locale), total: formatSizeMb(tag.total_mb, locale) })
              : t('servers.create.storageTag.unlimited'),
          }))}
        />
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('servers.create.dataDisks')}</legend>
        {draft.dataDisksGb.length === 0 && <p className="text-sm text-muted">{t('servers.create.dataDisks.none')}</p>}
        {draft.dataDisksGb.map((gb, i) => (
          <div key={i} className="flex items-end gap-3">
            <NumberField
              label={t('servers.create.dataDisk', { id: dataDiskId(i) })}
              unit={t('forms.unit.gb')}
              min={DISK_GB.min}
              max={DISK_GB.max}
              value={gb}
              onChange={(v) => setDisk(i, v)}
              error={errors[`dataDisksGb.${i}`]}
              testId={`wizard-data-disk-${i}`}
            />
            <button type="button" className="button-secondary mb-0.5" onClick={() => update({ dataDisksGb: draft.dataDisksGb.filter((_, j) => j !== i) })}>
              {t('servers.create.dataDisks.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button-secondary" disabled={draft.dataDisksGb.length >= MAX_DATA_DISKS} onClick={() => update({ dataDisksGb: [...draft.dataDisksGb, 20] })}>
          {t('servers.create.dataDisks.add')}
        </button>
      </fieldset>
    </div>
  );
}
