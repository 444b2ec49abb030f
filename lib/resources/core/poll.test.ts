import { describe, expect, it } from 'vitest';
import { FAST_POLL_MS, pollInterval, SLOW_POLL_MS, STALLED_AFTER_MS } from './poll';
import { SERVER_TRANSITIONAL } from '../servers/status';

const base = { statuses: ['running', 'stopped'], transitional: SERVER_TRANSITIONAL, failed: false, dialogOpen: false, hidden: false };

describe('poll by state', () => {
  it('refreshes every ~30 s while everything visible is settled', () => {
    expect(pollInterval(base)).toBe(SLOW_POLL_MS);
    expect(pollInterval({ ...base, statuses: [] })).toBe(SLOW_POLL_MS);
  });

  it('refreshes every ~3 s while anything visible is transitional', () => {
    for (const status of ['starting', 'stopping', 'creating', 'deleting', 'snapshotting', 'recovery', 'updating', 'resetting', 'suspending', 'clone']) {
      expect(pollInterval({ ...base, statuses: ['running', status] }), status).toBe(FAST_POLL_MS);
    }
  });

  it('drops to the slow interval when a transitional status has not moved for a minute', () => {
    const busy = { ...base, statuses: ['running', 'creating'] };
    expect(pollInterval({ ...busy, steadyForMs: STALLED_AFTER_MS - 1 })).toBe(FAST_POLL_MS);
    expect(pollInterval({ ...busy, steadyForMs: STALLED_AFTER_MS })).toBe(SLOW_POLL_MS);
  });

  it('stops after a failure, while a dialog is open and while the tab is hidden', () => {
    const busy = { ...base, statuses: ['starting'] };
    expect(pollInterval({ ...busy, failed: true })).toBe(false);
    expect(pollInterval({ ...busy, dialogOpen: true })).toBe(false);
    expect(pollInterval({ ...busy, hidden: true })).toBe(false);
  });
});
