import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import type { SessionUser } from '@/lib/session-client/session-api';
import { bulkVerdict } from '../core/bulk';
import {
  cloneServer, deleteServer, handOverFollowUp, purgeServer, rebootServer, resetServerPassword, restoreServer, serverActionsFor, startServer, stopServer, suspendServer,
} from './actions';

const admin: SessionUser = { username: 'admin', role: 'admin', projectId: '', projectName: '' };
const tenant: SessionUser = { username: 'acme', role: 'tenant', projectId: 'a'.repeat(32), projectName: 'acme' };
const server = (status: string, name = 'web-1') => ({ id: '11111111-2222-3333-4444-555555555555', name, status });

describe('server action rules', () => {
  it('power actions follow SCP’s state rules', () => {
    expect(startServer.allowed(server('stopped'), tenant).ok).toBe(true);
    expect(startServer.allowed(server('suspend'), tenant).ok).toBe(true);
    expect(startServer.allowed(server('running'), tenant)).toEqual({ ok: false, why: 'state', reason: 'servers.reason.start', values: undefined });
    expect(stopServer.allowed(server('running'), tenant).ok).toBe(true);
    expect(stopServer.allowed(server('stopped'), tenant).ok).toBe(false);
    expect(rebootServer.allowed(server('suspend'), tenant).ok).toBe(false);
    expect(suspendServer.allowed(server('running'), tenant).ok).toBe(true);
    expect(deleteServer.allowed(server('error'), tenant).ok).toBe(true);
  });

  it('a server a task is working on refuses everything, saying so', () => {
    for (const action of [startServer, stopServer, rebootServer, suspendServer, cloneServer, deleteServer, resetServerPassword]) {
      expect(action.allowed(server('starting'), admin)).toMatchObject({ ok: false, why: 'state', reason: 'servers.reason.busy' });
    }
  });

  it('the recycle bin: only admins restore; anyone may purge; nothing else applies', () => {
    const binned = server('deleted');
    expect(restoreServer.allowed(binned, admin).ok).toBe(true);
    expect(restoreServer.allowed(binned, tenant)).toMatchObject({ ok: false, why: 'role', reason: 'servers.reason.adminOnly' });
    expect(restoreServer.allowed(server('running'), admin)).toMatchObject({ ok: false, why: 'state' });
    expect(purgeServer.allowed(binned, tenant).ok).toBe(true);
    expect(startServer.allowed(binned, admin)).toMatchObject({ reason: 'servers.reason.inRecycleBin' });
    expect(serverActionsFor(binned).map((a) => a.id)).toEqual(['restore', 'purge']);
    expect(serverActionsFor(server('running')).map((a) => a.id)).toEqual(['start', 'stop', 'reboot', 'suspend', 'clone', 'delete']);
  });

  it('destructive ones confirm first; power and delete are bulk actions', () => {
    expect(deleteServer.confirm?.danger).toBe(true);
    expect(purgeServer.confirm?.danger).toBe(true);
    expect(stopServer.confirm).toBeDefined();
    expect(startServer.confirm).toBeUndefined();
    expect([startServer, stopServer, rebootServer, suspendServer, deleteServer].every((a) => a.runMany)).toBe(true);
    expect(restoreServer.runMany).toBeUndefined();
  });

  it('reset password checks the form: required, confirmed, at most 128 characters', () => {
    const check = resetServerPassword.form!.check;
    expect(check({ password: '', confirm: '' }, server('running'))).toEqual({ password: { key: 'forms.error.required' } });
    expect(check({ password: 'x'.repeat(129), confirm: 'x'.repeat(129) }, server('running'))).toMatchObject({ password: { key: 'forms.error.tooLong' } });
    expect(check({ password: 'Secret-1', confirm: 'Secret-2' }, server('running'))).toEqual({ confirm: { key: 'servers.password.mismatch' } });
    expect(check({ password: 'Secret-1', confirm: 'Secret-1' }, server('running'))).toEqual({});
  });
});

describe('clone', () => {
  const check = cloneServer.form!.check;
  const values = (over: Record<string, string> = {}) => ({ ...cloneServer.form!.initial(server('running')), ...over });

  it('is allowed from the statuses the simulator accepts (running, stopped, suspend), and says why otherwise', () => {
    for (const status of ['running', 'stopped', 'suspend']) expect(cloneServer.allowed(server(status), tenant).ok).toBe(true);
    expect(cloneServer.allowed(server('error'), tenant)).toMatchObject({ ok: false, why: 'state', reason: 'servers.reason.clone' });
    expect(cloneServer.runMany).toBeUndefined();
  });

  it('starts from a name of at most 70 characters, one clone, powered off', () => {
    const initial = cloneServer.form!.initial(server('running', 'x'.repeat(99)));
    expect(initial.name.length).toBeLessThanOrEqual(70);
    expect(initial).toMatchObject({ count: '1', power_on: '0' });
    expect(check(values(), server('running'))).toEqual({});
  });

  it('checks name, count and description with the console API’s schema', () => {
    expect(check(values({ name: '  ' }), server('running'))).toEqual({ name: { key: 'forms.error.required' } });
    expect(check(values({ name: 'x'.repeat(71) }), server('running')).name).toMatchObject({ key: 'forms.error.invalid', values: { detail: 'must be at most 70 characters' } });
    for (const count of ['0', '21', '1.5', '', 'two']) expect(check(values({ count }), server('running')).count).toMatchObject({ key: 'forms.error.range', values: { min: 1, max: 20 } });
    expect(check(values({ count: '20', power_on: '1' }), server('running'))).toEqual({});
    expect(check(values({ description: 'd'.repeat(100) }), server('running')).description).toMatchObject({ key: 'forms.error.invalid' });
  });
});

describe('an admin cloning a tenant’s server', () => {
  const extra = cloneServer.form!.extra!;
  const acmeServer = { ...server('running'), project_id: 'a'.repeat(32), project_name: 'acme' };

  it('is told the clone will be the admin’s, and offered to hand it to the tenant, on by default', () => {
    const platformAdmin = { ...admin, projectId: 'f'.repeat(32) };
    expect(extra(acmeServer, platformAdmin)).toEqual({
      notice: { key: 'servers.clone.notice.admin', values: { tenant: 'acme' } },
      fields: [expect.objectContaining({ name: 'hand_over', kind: 'checkbox' })],
      initial: { hand_over: '1' },
    });
    expect(t('en', 'servers.clone.notice.admin', { tenant: 'acme' })).toMatch(/belong to you.*not to tenant “acme”/);
    expect(extra({ ...acmeServer, project_name: '' }, platformAdmin)?.notice?.values).toEqual({ tenant: 'a'.repeat(32) });
  });

  it('says nothing to a tenant, nor to an admin cloning a server of the admin’s own project', () => {
    expect(extra(acmeServer, tenant)).toBeUndefined();
    expect(extra({ ...acmeServer, project_id: 'f'.repeat(32) }, { ...admin, projectId: 'f'.repeat(32) })).toBeUndefined();
  });

  it('hands each clone over in its own step, named after the clone', () => {
    const one = handOverFollowUp('a'.repeat(32), 'copy', ['c1']);
    expect(one).toMatchObject({ labelKey: 'servers.action.handOver', failedKey: 'servers.clone.handOverFailed', steps: [{ id: 'c1', name: 'copy' }] });
    expect(handOverFollowUp('a'.repeat(32), 'copy', ['c1', 'c2']).steps.map((x) => x.name)).toEqual(['copy (1/2)', 'copy (2/2)']);
  });
});

describe('bulk verdicts', () => {
  const tr = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('en', key, values);
  it('allows a bulk action only when every selected server allows it, naming one that does not', () => {
    const items = [server('running', 'a'), server('running', 'b'), server('stopped', 'c')];
    expect(bulkVerdict(stopServer, items.slice(0, 2), tenant, (s) => s.name, tr).ok).toBe(true);
    const refused = bulkVerdict(stopServer, items, tenant, (s) => s.name, tr);
    expect(refused).toMatchObject({ ok: false, why: 'state', reason: 'resource.bulk.refused', values: { count: 1, total: 3, name: 'c' } });
    expect(t('en', 'resource.bulk.refused', (refused as { values: Record<string, string> }).values)).toBe('1 of the 3 selected cannot, e.g. “c”: Only a running or suspended server can be stopped');
  });
});
