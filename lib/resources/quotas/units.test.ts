import { describe, expect, it } from 'vitest';
import { isSizeAmount, limitText, parseLimitText, scpUnitsPer } from './units';

const MB_PER_TB = 1024 * 1024;

describe('size quota units', () => {
  it('knows which amounts are sizes and how many MB or bytes a GB and a TB are', () => {
    expect(['mb', 'bytes', 'cores', 'count', 'kbps', 'raw'].map(isSizeAmount)).toEqual([true, true, false, false, false, false]);
    expect([scpUnitsPer('mb', 'GB'), scpUnitsPer('mb', 'TB'), scpUnitsPer('bytes', 'GB'), scpUnitsPer('bytes', 'TB')]).toEqual([1024, MB_PER_TB, 1024 ** 3, 1024 ** 4]);
  });

  it('shows a limit in the largest unit it is whole in, GB otherwise', () => {
    expect(limitText('mb', 2 * MB_PER_TB)).toEqual({ text: '2', unit: 'TB' });
    expect(limitText('mb', 262144)).toEqual({ text: '256', unit: 'GB' });
    expect(limitText('mb', 1536)).toEqual({ text: '1.5', unit: 'GB' });
    expect(limitText('mb', 1000)).toEqual({ text: '0.9765625', unit: 'GB' });
    expect(limitText('bytes', 50 * 1024 ** 3)).toEqual({ text: '50', unit: 'GB' });
    expect(limitText('mb', 0)).toEqual({ text: '0', unit: 'GB' });
    expect(limitText('mb', -1)).toEqual({ text: '-1', unit: 'GB' });
    expect(limitText('cores', 64)).toEqual({ text: '64', unit: 'GB' });
    expect(limitText('mb', null)).toEqual({ text: '', unit: 'GB' });
  });

  it('converts a typed size to whole MB or bytes, exactly, and refuses what is not whole', () => {
    expect(parseLimitText('mb', '1.5', 'TB')).toBe(1.5 * MB_PER_TB);
    expect(parseLimitText('mb', '16', 'GB')).toBe(16384);
    expect(parseLimitText('mb', '0.9765625', 'GB')).toBe(1000);
    expect(parseLimitText('bytes', '50', 'GB')).toBe(50 * 1024 ** 3);
    expect(parseLimitText('mb', '0.1', 'GB')).toBeNaN();
    expect(parseLimitText('mb', '1e3', 'GB')).toBeNaN();
    expect(parseLimitText('mb', '-2', 'GB')).toBeNaN();
    expect(parseLimitText('mb', '99999999999', 'TB')).toBeNaN();
  });

  it('takes −1 as unlimited in any unit, whole numbers for counts, and empty as nothing to set', () => {
    expect([parseLimitText('mb', '-1', 'TB'), parseLimitText('mb', '−1', 'GB'), parseLimitText('cores', ' 12 ')]).toEqual([-1, -1, 12]);
    expect(parseLimitText('cores', '1.5')).toBeNaN();
    expect(parseLimitText('count', '')).toBeNull();
    expect(parseLimitText('mb', '  ', 'TB')).toBeNull();
  });

  it('reads back what it shows', () => {
    for (const mb of [1, 1000, 1536, 262144, 3 * MB_PER_TB, 123456789]) {
      const { text, unit } = limitText('mb', mb);
      expect(parseLimitText('mb', text, unit)).toBe(mb);
    }
  });
});
