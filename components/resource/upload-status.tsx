'use client';

import type { UploadProgress } from '@/lib/api/upload';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { isAbort } from '@/lib/resources/core/files';
import type { MessageKey } from '@/lib/i18n';
import type { FormUpload } from '@/lib/resources/core/types';
import { ErrorNotice } from './error-notice';

const MIB = 1024 * 1024;

/**
 * Where a form's upload is (FormUpload): the object being made, the bytes sent
 * with a Cancel button, a cancel, or the sending's failure with what stays.
 * `failure` is the last sending's error (a cancel is an abort).
 */
export function UploadStatus({ upload, creatingKey, progress, failure, onCancel }: {
  upload: FormUpload;
  /** Said while the object the file goes to is being made. */
  creatingKey?: MessageKey;
  progress: UploadProgress | null;
  failure: unknown;
  onCancel: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  if (creatingKey) return <p role="status" className="text-sm text-muted">{t(creatingKey)}</p>;
  if (progress) {
    const percent = progress.total ? Math.floor((progress.sent / progress.total) * 100) : 0;
    const label = t(upload.progressKey, { sent: formatSizeMb(progress.sent / MIB, locale), total: formatSizeMb(progress.total / MIB, locale), percent });
    return (
      <div className="space-y-1" data-testid="upload-progress">
        <p className="text-sm">{label}</p>
        <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-surface ring-1 ring-border">
          <div className="h-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
        </div>
        <button type="button" className="button-secondary h-8" onClick={onCancel}>
          {t(upload.cancelKey)}
        </button>
      </div>
    );
  }
  if (failure === null || failure === undefined) return null;
  if (isAbort(failure)) return <p role="status" className="text-sm text-muted" data-testid="upload-cancelled">{t(upload.cancelledKey)}</p>;
  return (
    <ErrorNotice title={t(upload.failedKey)} error={failure}>
      {upload.keptKey && <span className="text-xs">{t(upload.keptKey)}</span>}
    </ErrorNotice>
  );
}
