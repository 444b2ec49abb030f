import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [65, '1 分 5 秒', '1m 5s'],
    [0, '0 秒', '0s'],
    [59.9, '59 秒', '59s'],
    [60, '1 分', '1m'],
    [3605, '1 小时', '1h'],
    [3665, '1 小时 1 分', '1h 1m'],
    [90061, '1 天 1 小时', '1d 1h'],
    [172800 + 59, '2 天', '2d'],
  ])('%d s → %s / %s', (seconds, zh, en) => {
    expect(formatDuration(seconds, 'zh-CN')).toBe(zh);
    expect(formatDuration(seconds, 'en')).toBe(en);
  });

  it('marks a negative or missing value', () => {
    expect(formatDuration(-1, 'en')).toBe('—');
    expect(formatDuration(undefined, 'zh-CN')).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY, 'en')).toBe('—');
  });
});
