import { describe, expect, it } from 'vitest';
import { imageFileError } from './file-check';

/** An ISO 9660 file of `size` bytes: its primary volume descriptor's identifier at byte 32769. */
function iso(size: number, name = 'a.iso'): File {
  const bytes = new Uint8Array(size);
  bytes.set([1, ...[...'CD001'].map((c) => c.charCodeAt(0))], 32768);
  return new File([bytes], name);
}

describe('imageFileError', () => {
  it('asks for a file, and refuses an empty one', async () => {
    expect(await imageFileError(undefined, 'ISO')).toEqual({ key: 'images.field.file.required' });
    expect(await imageFileError(new File([], 'e.iso'), 'ISO')).toEqual({ key: 'images.field.file.empty' });
  });

  it('takes a file of its format, and any file of a format without a known signature', async () => {
    expect(await imageFileError(iso(40_000), 'ISO')).toBeUndefined();
    expect(await imageFileError(new File(['x'], 'v.vmdk'), 'vmware')).toBeUndefined();
  });

  it('says a text file is too small to be an ISO, or lacks its signature, naming the file', async () => {
    expect(await imageFileError(new File(['not an ISO\n'], 'notes.txt'), 'ISO')).toEqual({
      key: 'images.field.file.tooSmall.ISO', values: { name: 'notes.txt', size: 11, min: 36864 },
    });
    expect(await imageFileError(new File([new Uint8Array(40_000).fill(120)], 'big.txt'), 'ISO')).toEqual({
      key: 'images.field.file.signature.ISO', values: { name: 'big.txt', size: 40_000, min: 0 },
    });
    expect(await imageFileError(iso(40_000, 'disc.iso'), 'aCloud')).toMatchObject({ key: 'images.field.file.signature.aCloud' });
  });
});
