import 'server-only';
import { open } from 'node:fs/promises';
import { IMAGE_HEAD_BYTES, imageFileProblem, isUploadDiskFormat } from '@/lib/resources/images/file-format';
import { images } from '@/lib/scp';
import type { BodyFile } from '../scp';
import type { RouteContext } from './declaration';
import { BffError, notFound } from './errors';

/** The disk format of the image an upload goes to, read before the body is (404 for an image SCP does not show). */
export async function uploadFormat(ctx: RouteContext, imageId: string): Promise<string> {
  const page = await ctx.call(images.list, { query: { image_ids: imageId, page_num: 0, page_size: 1 } });
  const image = page.data.find((img) => img.id === imageId);
  if (!image) throw notFound(`image ${imageId}`);
  return image.disk_format;
}

/**
 * Refuses a spooled upload that is not of the image's disk format (a text file
 * for an ISO), the check the browser makes, for clients that skip it: 400
 * `invalid_image_file`, naming what is wrong. Formats the console does not
 * know the signature of pass.
 */
export async function assertImageFile(file: BodyFile, format: string): Promise<void> {
  if (!isUploadDiskFormat(format)) return;
  const head = new Uint8Array(IMAGE_HEAD_BYTES);
  const handle = await open(file.path, 'r');
  try {
    await handle.read(head, 0, IMAGE_HEAD_BYTES, 0);
  } finally {
    await handle.close();
  }
  const found = imageFileProblem(format, head, file.size);
  if (!found) return;
  const why = found.problem === 'tooSmall'
    ? `it is ${file.size} bytes, and an image of disk format ${format} is at least ${found.minBytes}`
    : format === 'ISO' ? 'it has no ISO 9660 or UDF volume identifier (CD001, BEA01) at byte 32769' : 'it does not start with the vma mark (VMA\\0)';
  throw new BffError(400, 'invalid_request', `The file is not an image of disk format ${format}: ${why}`);
}
