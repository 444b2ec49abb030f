import { describe, expect, it } from 'vitest';
import { delayAfterError, nextPollState, POLL_MAX_MS, POLL_MIN_MS, type ObservedTask, type PollState } from './poll-schedule';

const task = (id: string, status: string, progress: number): ObservedTask => ({ id, status, progress });

/** Polls `observations` in turn, `gapMs` apart; answers each delay. */
function run(observations: ObservedTask[][], gapMs = 1000): (number | false)[] {
  let state: PollState | undefined;
  return observations.map((observed, i) => {
    state = nextPollState(state, observed, i * gapMs);
    return state.delayMs;
  });
}

describe('nextPollState', () => {
  it('polls every second while tasks move', () => {
    expect(run([[task('a', 'waiting', -2)], [task('a', 'doing', 10)], [task('a', 'doing', 20)]])).toEqual([POLL_MIN_MS, POLL_MIN_MS, POLL_MIN_MS]);
  });

  it('backs off ×1.5 up to 10 s while nothing changes', () => {
    const queued = [task('a', 'waiting', -2)];
    expect(run(Array.from({ length: 9 }, () => queued))).toEqual([1000, 1500, 2250, 3375, 5063, 7595, 10_000, 10_000, 10_000]);
  });

  it('is fast again as soon as something changes', () => {
    const delays = run([[task('a', 'waiting', -2)], [task('a', 'waiting', -2)], [task('a', 'waiting', -2)], [task('a', 'doing', 0)]]);
    expect(delays).toEqual([1000, 1500, 2250, 1000]);
  });

  it('counts a task appearing or going as a change', () => {
    let state = nextPollState(undefined, [task('a', 'waiting', -2)], 0);
    state = nextPollState(state, [task('a', 'waiting', -2)], 1000);
    expect(state.delayMs).toBe(1500);
    expect(nextPollState(state, [task('a', 'waiting', -2), task('b', 'waiting', -2)], 2500).delayMs).toBe(POLL_MIN_MS);
  });

  it('stops when every task is terminal, or waits idleMs when asked to keep looking', () => {
    expect(run([[task('a', 'doing', 50)], [task('a', 'finish', 100), task('b', 'failure', 30)]])).toEqual([POLL_MIN_MS, false]);
    expect(nextPollState(undefined, [], 0).delayMs).toBe(false);
    expect(nextPollState(undefined, [], 0, { idleMs: POLL_MAX_MS }).delayMs).toBe(POLL_MAX_MS);
  });

  it('treats canceling as running and missing as terminal', () => {
    expect(nextPollState(undefined, [task('a', 'canceling', 40)], 0).delayMs).toBe(POLL_MIN_MS);
    expect(nextPollState(undefined, [task('a', 'missing', 0)], 0).delayMs).toBe(false);
  });

  it('does not back off past the moment a slow task should end', () => {
    // 1 % every 6 s: polls see no change and back off, but not beyond the estimated end.
    let state = nextPollState(undefined, [task('a', 'doing', 90)], 0);
    state = nextPollState(state, [task('a', 'doing', 90)], 1000);
    state = nextPollState(state, [task('a', 'doing', 90)], 2500);
    state = nextPollState(state, [task('a', 'doing', 91)], 6000);
    state = nextPollState(state, [task('a', 'doing', 98)], 48_000);
    state = nextPollState(state, [task('a', 'doing', 98)], 49_000);
    // 8 % in 48 s is 6 s per %: 2 % left is 12 s, so no wait beyond 10 s; at 99 % it is 6 s.
    expect(state.delayMs).toBe(1500);
    state = nextPollState(state, [task('a', 'doing', 99)], 54_000);
    state = nextPollState(state, [task('a', 'doing', 99)], 55_000);
    expect(state.delayMs).toBeLessThanOrEqual(6000);
  });

  it('never polls faster than once a second, even for a task about to end', () => {
    let state = nextPollState(undefined, [task('a', 'doing', 10)], 0);
    state = nextPollState(state, [task('a', 'doing', 99)], 100);
    expect(state.delayMs).toBe(POLL_MIN_MS);
  });
});

describe('delayAfterError', () => {
  it('stops after a 4xx and waits the longest after anything else', () => {
    expect(delayAfterError({ status: 403 })).toBe(false);
    expect(delayAfterError({ status: 502 })).toBe(POLL_MAX_MS);
    expect(delayAfterError(new Error('network'))).toBe(POLL_MAX_MS);
  });
});
