'use client';

import { ErrorNotice } from '@/components/resource/error-notice';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { UploadPhase } from './use-image-upload';

const MIB = 1024 * 1024;

/** An upload's state in a dialog: making the record, the bytes sent with a Cancel button, a cancel, or a failure. */
export function UploadStatus({ phase, onCancel }: { phase: UploadPhase; onCancel: () => void }) {
  const t = useT();
  const locale = useLocale();
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'creating':
      return <p role="status" className="text-sm text-muted">{t('images.upload.creating')}</p>;
    case 'uploading': {
      const percent = phase.total ? Math.floor((phase.sent / phase.total) * 100) : 0;
      const label = t('images.upload.progress', { sent: formatSizeMb(phase.sent / MIB, locale), total: formatSizeMb(phase.total / MIB, locale), percent });
      return (
        <div className="space-y-1" data-testid="upload-progress">
          <p className="text-sm">{label}</p>
          <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-surface ring-1 ring-border">
            <div className="h-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
          </div>
          <button type="button" className="button-secondary h-8" onClick={onCancel}>
            {t('images.upload.cancel')}
          </button>
        </div>
      );
    }
    case 'cancelled':
      return <p role="status" className="text-sm text-muted" data-testid="upload-cancelled">{t('images.upload.cancelled')}</p>;
    case 'failed':
      return phase.stage === 'create' ? (
        <ErrorNotice title={t('images.upload.createFailed')} error={phase.error} />
      ) : (
        <ErrorNotice title={t('images.upload.failed')} error={phase.error}>
          <span className="text-xs">{t('images.upload.failedKept')}</span>
        </ErrorNotice>
      );
  }
}
