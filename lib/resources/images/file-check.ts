import type { FieldError } from '../core/types';
import { IMAGE_HEAD_BYTES, imageFileProblem, isUploadDiskFormat } from './file-format';

/**
 * The problem with the file chosen as an image of `format`, if any: none
 * chosen, empty, or not of the format (too short to be one, or without its
 * signature). Reads only the file's first bytes, before anything is sent.
 */
export async function imageFileError(file: File | undefined, format: string | undefined): Promise<FieldError | undefined> {
  if (!file) return { key: 'images.field.file.required' };
  if (file.size === 0) return { key: 'images.field.file.empty' };
  if (!isUploadDiskFormat(format)) return undefined;
  const head = new Uint8Array(await file.slice(0, IMAGE_HEAD_BYTES).arrayBuffer());
  const found = imageFileProblem(format, head, file.size);
  if (!found) return undefined;
  const values = { name: file.name, size: file.size, min: found.problem === 'tooSmall' ? found.minBytes : 0 };
  return found.problem === 'tooSmall' ? { key: `images.field.file.tooSmall.${format}`, values } : { key: `images.field.file.signature.${format}`, values };
}
