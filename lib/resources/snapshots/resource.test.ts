import { describe, expect, it } from 'vitest';
import { canSnapshot, deleteSnapshot, recoverSnapshot, renameSnapshot, snapshotStatus, type ServerSnapshot } from './resource';

const snap = (patch: Partial<ServerSnapshot> = {}): ServerSnapshot => ({ id: 's1', name: 'before-upgrade', server_id: 'srv', status: 'normal', is_protected: 0, ...patch });

describe('snapshot rules', () => {
  it('at most the pool\'s limit per server, none without one, taken only from a usable server', () => {
    expect(canSnapshot('running', 6, 7).ok).toBe(true);
    expect(canSnapshot('stopped', 7, 7)).toMatchObject({ ok: false, why: 'quota', reason: 'servers.snapshot.reason.limit', values: { max: 7 } });
    expect(canSnapshot('stopped', 7).ok).toBe(true);
    expect(canSnapshot('creating', 0)).toMatchObject({ ok: false, why: 'state' });
  });

  it('a snapshot a task works on, or a protected one, refuses with a reason', () => {
    expect(recoverSnapshot.allowed(snap({ status: 'creating' }), {} as never)).toMatchObject({ ok: false, reason: 'servers.snapshot.reason.busy' });
    expect(deleteSnapshot.allowed(snap({ is_protected: 1 }), {} as never)).toMatchObject({ ok: false, reason: 'servers.snapshot.reason.protected' });
    expect(deleteSnapshot.allowed(snap(), {} as never).ok).toBe(true);
    expect(snapshotStatus.transitional.has('creating')).toBe(true);
  });

  it('the rename form uses the API’s own rules (not "current", at most 90)', () => {
    const check = renameSnapshot.form!.check;
    expect(check({ name: 'current' }, snap())).toMatchObject({ name: { key: 'forms.error.invalid' } });
    expect(check({ name: 'x'.repeat(91) }, snap())).toMatchObject({ name: { key: 'forms.error.invalid' } });
    expect(check({ name: 'nightly', description: '' }, snap())).toEqual({});
  });
});
