/*
 * Poll by state (architecture principle 6): a view refreshes fast while
 * something it shows is changing, slowly otherwise, and not at all when the
 * last refresh failed, a dialog is open or the tab is hidden.
 */

/** Refresh interval while something visible is in a transitional status. */
export const FAST_POLL_MS = 3_000;
/** Refresh interval when everything visible is settled. */
export const SLOW_POLL_MS = 30_000;

/** What the refresh interval depends on. */
export interface PollInput {
  /** Statuses of the items on screen. */
  statuses: readonly string[];
  transitional: ReadonlySet<string>;
  failed: boolean;
  dialogOpen: boolean;
  hidden: boolean;
}

/** True when at least one of `statuses` is transitional. */
export function anyTransitional(statuses: readonly string[], transitional: ReadonlySet<string>): boolean {
  return statuses.some((s) => transitional.has(s));
}

/** The refresh interval in ms, or false for none (TanStack Query's `refetchInterval`). */
export function pollInterval(input: PollInput): number | false {
  if (input.failed || input.dialogOpen || input.hidden) return false;
  return anyTransitional(input.statuses, input.transitional) ? FAST_POLL_MS : SLOW_POLL_MS;
}
