import { describe, expect, it } from 'vitest';
import { formatSizeGb, formatSizeMb } from './size';

describe('formatSizeMb', () => {
  it.each([
    [512, '512 MB'],
    [1023, '1,023 MB'],
    [1024, '1 GB'],
    [1536, '1.5 GB'],
    [40960, '40 GB'],
    [1365, '1.33 GB'],
    [1048576, '1 TB'],
    [2.5 * 1048576, '2.5 TB'],
    [0, '0 MB'],
  ])('%d MB → %s', (mb, text) => {
    expect(formatSizeMb(mb, 'en')).toBe(text);
    expect(formatSizeMb(mb, 'zh-CN')).toBe(text);
  });

  it('marks a missing or unusable value', () => {
    expect(formatSizeMb(null, 'zh-CN')).toBe('—');
    expect(formatSizeMb(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatSizeGb', () => {
  it('formats GB values with the same units', () => {
    expect(formatSizeGb(100, 'en')).toBe('100 GB');
    expect(formatSizeGb(2048, 'zh-CN')).toBe('2 TB');
    expect(formatSizeGb(0.5, 'en')).toBe('512 MB');
    expect(formatSizeGb(undefined, 'en')).toBe('—');
  });
});
