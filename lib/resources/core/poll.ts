/*
 * Poll by state (architecture principle 6): a view refreshes fast while
 * something it shows is changing, slowly otherwise, and not at all when the
 * last refresh failed, a dialog is open or the tab is hidden.
 */

/** Refresh interval while something visible is in a transitional status. */
export const FAST_POLL_MS = 3_000;
/** Refresh interval when everything visible is settled. */
export const SLOW_POLL_MS = 30_000;
/**
 * A transitional status that has not changed for this long is waiting on
 * something slow (a long clone, an image record still waiting for its file):
 * the view drops to the slow interval. A task's end still refreshes it at once
 * (the tray invalidates what the task touched).
 */
export const STALLED_AFTER_MS = 60_000;

/** What the refresh interval depends on. */
export interface PollInput {
  /** Statuses of the items on screen. */
  statuses: readonly string[];
  transitional: ReadonlySet<string>;
  failed: boolean;
  dialogOpen: boolean;
  hidden: boolean;
  /** How long the statuses on screen have stayed as they are. */
  steadyForMs?: number;
}

/** True when at least one of `statuses` is transitional. */
export function anyTransitional(statuses: readonly string[], transitional: ReadonlySet<string>): boolean {
  return statuses.some((s) => transitional.has(s));
}

/** The refresh interval in ms, or false for none (TanStack Query's `refetchInterval`). */
export function pollInterval(input: PollInput): number | false {
  if (input.failed || input.dialogOpen || input.hidden) return false;
  const changing = anyTransitional(input.statuses, input.transitional) && (input.steadyForMs ?? 0) < STALLED_AFTER_MS;
  return changing ? FAST_POLL_MS : SLOW_POLL_MS;
}
