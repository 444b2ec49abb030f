'use client';

import { useState } from 'react';
import { FormDialog } from '@/components/resource/form-dialog';
import { useT } from '@/lib/i18n/client';
import type { ImageRow } from '@/lib/resources/images/resource';
import type { FieldError } from '@/lib/resources/core/types';
import { FileField, fileError } from './file-field';
import { UploadStatus } from './upload-status';
import { useImageUpload } from './use-image-upload';

/** Upload the file of an existing image record (a new one, or one whose upload failed or was cancelled). */
export function ImageFileDialog({ image, onClose }: { image: ImageRow; onClose: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<FieldError | undefined>();
  const { phase, upload, cancel } = useImageUpload({ id: image.id, name: image.name });
  const busy = phase.kind === 'uploading';
  const submit = async () => {
    const problem = await fileError(file, image.disk_format);
    setError(problem);
    if (problem || !file) return;
    if (await upload(file)) onClose();
  };
  const close = () => {
    cancel();
    onClose();
  };
  return (
    <FormDialog
      title={t('images.upload.fileTitle', { name: image.name })}
      testId="image-file-dialog"
      formId="image-file-form"
      sending={busy}
      submitLabel={t(phase.kind === 'failed' || phase.kind === 'cancelled' ? 'images.upload.retry' : 'images.upload.submit')}
      onClose={close}
      onSubmit={() => void submit()}
    >
      <FileField onChange={setFile} error={error} disabled={busy} />
      <UploadStatus phase={phase} onCancel={cancel} />
    </FormDialog>
  );
}
