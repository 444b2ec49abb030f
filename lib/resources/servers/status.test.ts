import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '@/lib/i18n';
import { SERVER_STATUSES } from '@/lib/scp';
import { isServerBusy, serverStatusKey, serverStatusTone, SERVER_TRANSITIONAL } from './status';

/** What the simulator reports (the brief's list), all documented or the recycle bin's. */
const SIMULATED = ['running', 'stopped', 'suspend', 'creating', 'starting', 'stopping', 'resetting', 'suspending', 'updating', 'deleting', 'snapshotting', 'clone', 'recovery', 'error', 'deleted'];

describe('server statuses', () => {
  it.each(locales)('every documented status has a human label in %s', (locale) => {
    for (const status of [...SERVER_STATUSES, ...SIMULATED]) {
      const key = serverStatusKey(status);
      expect(key, status).toBeDefined();
      expect((dictionaries[locale] as Record<string, string>)[key!], status).toMatch(/\S/);
    }
  });

  it('an undocumented status has no key (the badge shows it verbatim)', () => {
    expect(serverStatusKey('quantum_tunnelling')).toBeUndefined();
  });

  it('marks the statuses a task works through as transitional, and only those', () => {
    for (const status of ['creating', 'starting', 'stopping', 'stoping', 'resetting', 'suspending', 'updating', 'deleting', 'snapshotting', 'clone', 'recovery']) {
      expect(SERVER_TRANSITIONAL.has(status), status).toBe(true);
      expect(serverStatusTone(status)).toBe('busy');
    }
    for (const status of ['running', 'stopped', 'suspend', 'error', 'deleted']) {
      expect(isServerBusy({ status }), status).toBe(false);
    }
  });

  it('colours by meaning', () => {
    expect(serverStatusTone('running')).toBe('ok');
    expect(serverStatusTone('stopped')).toBe('off');
    expect(serverStatusTone('deleted')).toBe('off');
    expect(serverStatusTone('error')).toBe('bad');
    expect(serverStatusTone('suspend')).toBe('warn');
  });
});
