import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseScpTime } from './date';

describe('parseScpTime', () => {
  it('keeps a zone-less SCP time as its wall-clock fields', () => {
    expect(parseScpTime('2021-05-25T01:27:32.000000')).toEqual({ date: new Date('2021-05-25T01:27:32Z'), zoned: false });
    expect(parseScpTime('2021-05-25 01:27:32')?.date.toISOString()).toBe('2021-05-25T01:27:32.000Z');
    expect(parseScpTime('2021-05-25T01:27')?.date.toISOString()).toBe('2021-05-25T01:27:00.000Z');
  });

  it('reads ISO times with a zone, microseconds included, as instants', () => {
    expect(parseScpTime('2021-05-25T01:27:32.000000Z')).toEqual({ date: new Date('2021-05-25T01:27:32Z'), zoned: true });
    expect(parseScpTime('2021-05-25T01:27:32.123456+08:00')?.date.toISOString()).toBe('2021-05-24T17:27:32.123Z');
  });

  it('answers null for what is not a time', () => {
    for (const value of ['', '   ', null, undefined, 'yesterday', '2021-13-45T99:00:00', '2021-05-25']) {
      expect(parseScpTime(value)).toBeNull();
    }
  });
});

describe('formatDateTime', () => {
  it('shows a zone-less time as SCP wrote it, whatever the zone asked for', () => {
    expect(formatDateTime('2021-05-25T01:27:32.000000', 'zh-CN', { timeZone: 'America/New_York' })).toBe('2021年5月25日 01:27:32');
    expect(formatDateTime('2021-05-25 01:27:32', 'en')).toBe('May 25, 2021, 01:27:32');
  });

  it('shows a zoned time in the viewer\'s zone', () => {
    expect(formatDateTime('2021-05-25T01:27:32.000000Z', 'zh-CN', { timeZone: 'Asia/Shanghai' })).toBe('2021年5月25日 09:27:32');
    expect(formatDateTime('2021-05-25T01:27:32Z', 'en', { timeZone: 'UTC' })).toBe('May 25, 2021, 01:27:32');
  });

  it('marks a missing time and passes through one it cannot read', () => {
    expect(formatDateTime(undefined, 'zh-CN')).toBe('—');
    expect(formatDateTime('', 'en')).toBe('—');
    expect(formatDateTime('n/a', 'en')).toBe('n/a');
  });
});

describe('formatDate', () => {
  it('shows the date alone', () => {
    expect(formatDate('2021-05-25T01:27:32', 'zh-CN')).toBe('2021年5月25日');
    expect(formatDate('2021-05-25T01:27:32', 'en')).toBe('May 25, 2021');
  });
});
