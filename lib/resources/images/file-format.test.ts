import { describe, expect, it } from 'vitest';
import { IMAGE_HEAD_BYTES, imageFileProblem, minImageBytes } from './file-format';

/** A zero-filled file of `size` bytes with `text` written at `offset` (typed arrays are sparse enough for tests). */
function file(size: number, marks: [number, string | number[]][] = []): Uint8Array {
  const bytes = new Uint8Array(size);
  for (const [offset, mark] of marks) bytes.set(typeof mark === 'string' ? [...mark].map((c) => c.charCodeAt(0)) : mark, offset);
  return bytes;
}

const check = (format: 'ISO' | 'aCloud', bytes: Uint8Array) => imageFileProblem(format, bytes.subarray(0, IMAGE_HEAD_BYTES), bytes.length);

describe('imageFileProblem', () => {
  it('reads no more than the head it needs (an ISO descriptor at byte 32769)', () => {
    expect(IMAGE_HEAD_BYTES).toBe(32774);
  });

  it('takes an ISO with CD001 (ISO 9660) or BEA01 (UDF) at byte 32769', () => {
    expect(minImageBytes('ISO')).toBe(36864);
    expect(check('ISO', file(36864, [[32768, [1]], [32769, 'CD001']]))).toBeUndefined();
    expect(check('ISO', file(40960, [[32769, 'BEA01']]))).toBeUndefined();
  });

  it('refuses a text file as an ISO, saying what is wrong', () => {
    const text = new TextEncoder().encode('hello\n'.repeat(170));
    expect(check('ISO', text)).toEqual({ problem: 'tooSmall', minBytes: 36864 });
    expect(check('ISO', file(36864, [[0, 'just text']]))).toEqual({ problem: 'signature' });
    expect(check('ISO', file(36864, [[32770, 'CD001']]))).toEqual({ problem: 'signature' });
  });

  it('takes an aCloud (vma) file that starts with VMA\\0 and holds a whole header', () => {
    expect(minImageBytes('aCloud')).toBe(12288);
    expect(check('aCloud', file(12288, [[0, [0x56, 0x4d, 0x41, 0, 0, 0, 0, 1]]]))).toBeUndefined();
    expect(check('aCloud', file(12287, [[0, 'VMA\0']]))).toEqual({ problem: 'tooSmall', minBytes: 12288 });
    expect(check('aCloud', file(20000, [[0, 'VMAE']]))).toEqual({ problem: 'signature' });
    expect(check('aCloud', file(40960, [[32769, 'CD001']]))).toEqual({ problem: 'signature' });
  });
});
