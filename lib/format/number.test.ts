import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, numberFormat } from './number';

describe('formatNumber', () => {
  it('groups digits the locale\'s way', () => {
    expect(formatNumber(1234567.891, 'en')).toBe('1,234,567.891');
    expect(formatNumber(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(3.14159, 'en', { maximumFractionDigits: 2 })).toBe('3.14');
  });

  it('marks a missing value', () => {
    expect(formatNumber(null, 'en')).toBe('—');
    expect(formatNumber(Number.NaN, 'zh-CN')).toBe('—');
  });

  it('reuses one formatter per locale and options', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
  });
});

describe('formatPercent', () => {
  it('shows a ratio as a percentage', () => {
    expect(formatPercent(0.256, 'en')).toBe('26%');
    expect(formatPercent(0.256, 'zh-CN', 1)).toBe('25.6%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(undefined, 'en')).toBe('—');
  });
});
