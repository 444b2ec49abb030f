import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkCreateForm } from '../core/form-check';
import { volumeResource, type VolumeRow } from './resource';

const admin: SessionUser = { username: 'admin', role: 'admin', projectId: '', projectName: '' };
const AZ = '11111111-2222-4333-8444-555555555555';
const form = volumeResource.create!;
const fields = form.fields(admin);
const good = { ...form.initial(admin, {}), name: 'shared-1', az_id: AZ, size: '100' };
const volume: VolumeRow = { id: 'v1', name: 'shared-1', size: 100, status: 'available', az_id: AZ, servers: [] };
/** The message key of each field's problem. */
const problems = (values: Record<string, string>): Record<string, string> => {
  const checked = checkCreateForm(form, fields, values);
  return checked.ok ? {} : Object.fromEntries(Object.entries(checked.errors).map(([field, error]) => [field, String(error.key)]));
};
const action = (id: string) => volumeResource.actions.find((a) => a.id === id)!;

describe('the shared-disk create form', () => {
  it('sends a sharedisk body the registry schema accepts, leaving the storage and tenant to SCP', () => {
    expect(checkCreateForm(form, fields, good)).toEqual({ ok: true, body: { name: 'shared-1', az_id: AZ, size: 100, volume_type: 'sharedisk', count: '1' } });
  });

  it('names each bad field: the size from 1 to 64512 whole GB, the pool and name required', () => {
    for (const size of ['0', '64513', '1.5']) expect(problems({ ...good, size }), size).toEqual({ size: 'forms.error.invalid' });
    expect(problems({ ...good, name: ' ', az_id: '', size: '' })).toEqual({ name: 'forms.error.required', az_id: 'forms.error.required', size: 'forms.error.required' });
    expect(problems({ ...good, count: '101' })).toEqual({ count: 'forms.error.invalid' });
  });

  it('is for platform admins only', () => {
    expect(form.allowed({ ...admin, role: 'tenant' })).toMatchObject({ ok: false, why: 'role', reason: 'volumes.reason.adminOnly' });
  });
});

describe('shared-disk actions', () => {
  it('deletes to the recycle bin or for good only when no server has it, and only once to the bin', () => {
    expect(action('delete').allowed(volume, admin)).toEqual({ ok: true });
    const attached = { ...volume, servers: [{ id: 's1', name: 'web-1' }] };
    expect(action('delete').allowed(attached, admin)).toMatchObject({ ok: false, reason: 'volumes.reason.attached', values: { servers: 'web-1' } });
    expect(action('purge').allowed(attached, admin)).toMatchObject({ ok: false, reason: 'volumes.reason.attached' });
    expect(action('delete').allowed({ ...volume, status: 'deleted' }, admin)).toMatchObject({ ok: false, reason: 'volumes.reason.deleted' });
    expect(action('purge').allowed({ ...volume, status: 'deleted' }, admin)).toEqual({ ok: true });
    expect(action('purge').allowed({ ...volume, status: 'creating' }, admin)).toMatchObject({ ok: false, reason: 'volumes.reason.busy' });
  });

  it('attaches only an available disk, and reads its statuses', () => {
    expect(action('attach').allowed({ ...volume, status: 'error' }, admin)).toMatchObject({ ok: false, reason: 'volumes.reason.notAvailable' });
    expect(volumeResource.status.labelKey('error_deleting')).toBe('volumes.status.error_deleting');
    expect(volumeResource.status.labelKey('in-use')).toBeUndefined();
    expect([...volumeResource.status.transitional]).toEqual(['creating', 'deleting']);
  });
});
