'use client';

import { NumberField, RadioCards } from '@/components/forms/inputs';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { DISK_GB, isACloud, systemDisk } from '@/lib/resources/servers/create';
import type { StepProps } from './step-props';

/**
 * Step 2: the image. An aCloud image brings its system disk (derived, with the
 * image's size and preallocation); an ISO install gets a new disk of the size
 * chosen here.
 */
export function StepImage({ draft, update, errors, data, image }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const images = data.images.data ?? [];
  const disk = systemDisk(draft, image);
  return (
    <div className="space-y-4">
      {data.images.isPending ? (
        <p role="status" className="text-sm text-muted">{t('resource.list.loading')}</p>
      ) : (
        <RadioCards
          legend={t('servers.create.image')}
          name="image"
          value={draft.imageId}
          onChange={(imageId) => update({ imageId })}
          error={errors.imageId}
          options={images.map((img) => ({
            value: img.id,
            label: img.name,
            note: t(isACloud(img) ? 'servers.create.image.aCloud' : img.disk_format === 'ISO' ? 'servers.create.image.iso' : 'servers.create.image.other', {
              os: img.os_type ?? t('format.empty'),
              size: formatSizeMb(img.disks[0]?.size_mb ?? img.size_mb, locale),
            }),
          }))}
        />
      )}
      {image && isACloud(image) && (
        <p className="rounded-md bg-surface p-3 text-sm" data-testid="system-disk-fixed">
          {t('servers.create.systemDisk.derived', { size: formatSizeMb(disk.size_mb, locale), preallocate: String(disk.preallocate ?? t('format.empty')) })}
        </p>
      )}
      {image && !isACloud(image) && (
        <NumberField
          label={t('servers.create.systemDisk')}
          hint={t('servers.create.systemDisk.new', { min: DISK_GB.min, max: DISK_GB.max })}
          unit={t('forms.unit.gb')}
          min={DISK_GB.min}
          max={DISK_GB.max}
          value={draft.systemDiskGb}
          onChange={(systemDiskGb) => update({ systemDiskGb })}
          error={errors.systemDiskGb}
          testId="wizard-system-disk"
        />
      )}
    </div>
  );
}
