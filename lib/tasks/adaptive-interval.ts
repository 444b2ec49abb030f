import type { Query, QueryKey } from '@tanstack/react-query';
import { delayAfterError, nextPollState, type ObservedTask, type PollOptions, type PollState } from './poll-schedule';

/** Queries remembered per interval function (one per mounted view); older ones are forgotten. */
const REMEMBERED = 20;

/**
 * A TanStack Query `refetchInterval` function that follows `nextPollState`:
 * fast while the tasks in the data move, backing off while they do not,
 * stopped when all are terminal, none after a 4xx. TanStack calls it after
 * every update of the query; the schedule advances once per new answer
 * (`dataUpdatedAt`). Create one per component (useState) and pass it with
 * `refetchIntervalInBackground: false`, so a hidden tab does not poll.
 */
export function adaptiveInterval<T>(observe: (data: T) => readonly ObservedTask[], options: PollOptions = {}) {
  const states = new Map<string, { at: number; state: PollState }>();
  return <K extends QueryKey>(query: Query<T, Error, T, K>): number | false => {
    if (query.state.status === 'error') return delayAfterError(query.state.error);
    const { data, dataUpdatedAt } = query.state;
    if (data === undefined) return false;
    let entry = states.get(query.queryHash);
    if (!entry || entry.at !== dataUpdatedAt) {
      entry = { at: dataUpdatedAt, state: nextPollState(entry?.state, observe(data), dataUpdatedAt, options) };
      states.delete(query.queryHash);
      states.set(query.queryHash, entry);
      if (states.size > REMEMBERED) states.delete(states.keys().next().value!);
    }
    return entry.state.delayMs;
  };
}
