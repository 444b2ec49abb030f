'use client';

import { useId } from 'react';
import { Field, invalidProps } from '@/components/forms/field';
import { useT } from '@/lib/i18n/client';
import { IMAGE_HEAD_BYTES, imageFileProblem, isUploadDiskFormat } from '@/lib/resources/images/file-format';
import type { FieldError } from '@/lib/resources/core/types';

/** The local image file to upload. */
export function FileField({ onChange, error, disabled }: { onChange: (file: File | null) => void; error?: FieldError; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <Field id={id} label={t('images.field.file')} error={error} hint={t('images.field.file.hint')}>
      <input id={id} type="file" name="file" className="text-sm" disabled={disabled} onChange={(e) => onChange(e.target.files?.[0] ?? null)} {...invalidProps(id, error)} />
    </Field>
  );
}

/**
 * The problem with the chosen file, if any: none chosen, empty, or not of the
 * image's disk format (too short to be one, or without its signature). Reads
 * only the file's first bytes, before anything is sent.
 */
export async function fileError(file: File | null, format: string): Promise<FieldError | undefined> {
  if (!file) return { key: 'images.field.file.required' };
  if (file.size === 0) return { key: 'images.field.file.empty' };
  if (!isUploadDiskFormat(format)) return undefined;
  const head = new Uint8Array(await file.slice(0, IMAGE_HEAD_BYTES).arrayBuffer());
  const found = imageFileProblem(format, head, file.size);
  if (!found) return undefined;
  const values = { name: file.name, size: file.size, min: found.problem === 'tooSmall' ? found.minBytes : 0 };
  return found.problem === 'tooSmall' ? { key: `images.field.file.tooSmall.${format}`, values } : { key: `images.field.file.signature.${format}`, values };
}
