import { describe, expect, it } from 'vitest';
import { isTerminalStatus, progressPercent, taskPhase } from './task-phase';

describe('taskPhase', () => {
  it('maps each SCP status to its phase, keyed off the status alone', () => {
    expect(['waiting', 'doing', 'finish', 'failure', 'canceling', 'canceled', 'missing'].map(taskPhase))
      .toEqual(['queued', 'running', 'done', 'failed', 'cancelling', 'cancelled', 'missing']);
  });

  it('shows a status it does not know as running, so the task is still watched', () => {
    expect(taskPhase('paused')).toBe('running');
    expect(isTerminalStatus('paused')).toBe(false);
  });

  it('knows the terminal statuses', () => {
    expect(['finish', 'failure', 'canceled', 'missing'].every(isTerminalStatus)).toBe(true);
    expect(['waiting', 'doing', 'canceling', undefined].some(isTerminalStatus)).toBe(false);
  });

  it('clamps progress for the bar', () => {
    expect([-2, 0, 42.6, 100, 130, null, undefined].map(progressPercent)).toEqual([0, 0, 43, 100, 100, 0, 0]);
  });
});
