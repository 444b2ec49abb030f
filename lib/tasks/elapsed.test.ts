import { describe, expect, it } from 'vitest';
import { elapsedSeconds, epochOfScpTime } from './elapsed';

describe('elapsedSeconds', () => {
  it('takes a finished task from SCP\'s own begin and end, whatever the zone', () => {
    expect(elapsedSeconds({ beginTime: '2025-01-02T03:04:05.000000', endTime: '2025-01-02T03:05:10.500000' }, 0)).toBe(65.5);
  });

  it('counts a running task from when the console started it', () => {
    expect(elapsedSeconds({ beginTime: '2025-01-02T03:04:05.000000', endTime: '', startedAt: 10_000 }, 14_000)).toBe(4);
  });

  it('otherwise reads SCP\'s zone-less begin time in the browser\'s zone', () => {
    const began = epochOfScpTime('2025-01-02T03:04:05.000000')!;
    expect(began).toBe(new Date(2025, 0, 2, 3, 4, 5).getTime());
    expect(elapsedSeconds({ beginTime: '2025-01-02T03:04:05.000000' }, began + 7000)).toBe(7);
  });

  it('answers undefined when nothing is known', () => {
    expect(elapsedSeconds({}, 1)).toBeUndefined();
    expect(epochOfScpTime('')).toBeUndefined();
  });
});
