import { describe, expect, it } from 'vitest';
import type { Query } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/client';
import { adaptiveInterval } from './adaptive-interval';

type Data = { status: string; progress: number };
const query = (state: Partial<Query<Data, Error, Data, string[]>['state']>, hash = 'q') =>
  ({ queryHash: hash, state: { status: 'success', ...state } }) as unknown as Query<Data, Error, Data, string[]>;

describe('adaptiveInterval', () => {
  const make = () => adaptiveInterval((d: Data) => [{ id: 'a', ...d }]);

  it('advances the schedule once per answer, however often TanStack asks', () => {
    const interval = make();
    const waiting = { status: 'waiting', progress: -2 };
    expect(interval(query({ data: waiting, dataUpdatedAt: 1 }))).toBe(1000);
    expect(interval(query({ data: waiting, dataUpdatedAt: 1 }))).toBe(1000);
    expect(interval(query({ data: waiting, dataUpdatedAt: 2 }))).toBe(1500);
    expect(interval(query({ data: waiting, dataUpdatedAt: 2 }))).toBe(1500);
  });

  it('keeps one schedule per query', () => {
    const interval = make();
    const waiting = { status: 'waiting', progress: -2 };
    interval(query({ data: waiting, dataUpdatedAt: 1 }, 'x'));
    interval(query({ data: waiting, dataUpdatedAt: 2 }, 'x'));
    expect(interval(query({ data: waiting, dataUpdatedAt: 3 }, 'y'))).toBe(1000);
  });

  it('stops when terminal or without data, and after a 4xx', () => {
    const interval = make();
    expect(interval(query({ data: { status: 'finish', progress: 100 }, dataUpdatedAt: 1 }))).toBe(false);
    expect(interval(query({ data: undefined }))).toBe(false);
    expect(interval(query({ status: 'error', error: new ApiError(403, 'forbidden', 'no') }))).toBe(false);
    expect(interval(query({ status: 'error', error: new ApiError(502, 'scp_unreachable', 'down') }))).toBe(10_000);
  });
});
