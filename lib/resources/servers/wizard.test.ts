import { describe, expect, it } from 'vitest';
import { checkCreateForm } from '../core/form-check';
import { errorsOfStep, stepOfField } from '../core/wizard';
import { EMPTY_DRAFT } from './create';
import { draftOf, serverWizard, valuesOf } from './wizard';

const AZ = '11111111-1111-4111-8111-111111111111';
const TAG = '00000000-0000-0000-0000-000000000000';
const IMAGE = '22222222-2222-4222-8222-222222222222';
const PROJECT = 'a'.repeat(32);
const admin = { role: 'admin', projectId: '' } as const;
const tenant = { role: 'tenant', projectId: PROJECT } as const;
const aCloud = { imageId: IMAGE, imageFormat: 'aCloud', imageDiskMb: '40960', imagePreallocate: 'metadata' };
const filled = { ...serverWizard.initial(tenant as never, {}), azId: AZ, ...aCloud, storageTagId: TAG, name: 'web', sockets: '2', coresPerSocket: '2', memoryGb: '4' };
const fieldsOf = (session: typeof admin | typeof tenant) => serverWizard.fields(session as never);

describe('the server wizard declaration', () => {
  it('starts from the empty draft and reads its values back as it', () => {
    expect(draftOf(serverWizard.initial(tenant as never, {}))).toEqual(EMPTY_DRAFT);
    expect(draftOf(valuesOf({ ...EMPTY_DRAFT, dataDisksGb: [10, 20], powerOn: false }))).toMatchObject({ dataDisksGb: [10, 20], powerOn: false });
  });

  it('an empty form names what each step lacks: the tenant only for admins', () => {
    const values = serverWizard.initial(admin as never, {});
    const checked = checkCreateForm(serverWizard, fieldsOf(admin), values);
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? {} : checked.errors;
    expect(Object.keys(errorsOfStep(serverWizard.steps, 'az', errors)).sort()).toEqual(['azId', 'projectId']);
    expect(errors.name).toEqual({ key: 'forms.error.required' });
    const asTenant = checkCreateForm(serverWizard, fieldsOf(tenant), serverWizard.initial(tenant as never, {}));
    expect(asTenant.ok || 'projectId' in asTenant.errors).toBe(false);
  });

  it('a half-typed number is a problem of its step, not a zero; a data disk’s problem is the storage step’s', () => {
    const disks = JSON.stringify([{ n: '0', gb: '20' }, { n: '3', gb: '1' }]);
    const checked = checkCreateForm(serverWizard, fieldsOf(tenant), { ...filled, memoryGb: '', dataDisksGb: disks });
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? {} : checked.errors;
    expect(errors.memoryGb?.key).toBe('forms.error.range');
    expect(stepOfField(serverWizard.steps, 'dataDisksGb.0')).toBe('storage');
    // The second disk (row 3, sent as ide3) is too small: its row's size says so.
    expect(Object.keys(errors).filter((f) => f.startsWith('dataDisksGb'))).toEqual(['dataDisksGb.3.gb']);
    expect(errors['dataDisksGb.3.gb']?.key).toBe('forms.error.range');
  });

  it('the chosen aCloud image gives the derived system disk, and hides the system disk field', () => {
    const checked = checkCreateForm(serverWizard, fieldsOf(tenant), filled);
    expect(checked.ok && checked.body).toMatchObject({ disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 40960, preallocate: 'metadata' }], cores: 4, memory_mb: 4096 });
    const systemDisk = fieldsOf(tenant).find((f) => f.name === 'systemDiskGb')!;
    expect(systemDisk.when?.(filled)).toBe(false);
    expect(systemDisk.when?.({ ...filled, imageFormat: 'ISO' })).toBe(true);
  });

  it('the quota: what to choose first, then the needs of the request in its AZ', () => {
    const none = () => [];
    expect(serverWizard.quota?.(serverWizard.initial(admin as never, {}), admin as never, none)).toEqual({ scopeKey: 'quota.panel.chooseProject' });
    expect(serverWizard.quota?.({ ...filled, azId: '' }, tenant as never, none)).toEqual({ scopeKey: 'quota.panel.chooseAz' });
    expect(serverWizard.quota?.({ ...filled, count: '3' }, tenant as never, none)).toMatchObject({
      projectId: PROJECT, azId: AZ, needs: { vm_count: 3, cores: 12, ram: 12288, storage: { [TAG]: 40960 * 3 } },
    });
  });

  it('goes to the new server, or to the list of the servers so named', () => {
    expect(serverWizard.goTo({ taskId: 't', object: { id: 'x', name: 'web' }, progressOn: ['x'] }, filled)).toBe('/servers/x');
    expect(serverWizard.goTo({ taskId: 't', object: { id: 'x', name: 'web a' }, progressOn: ['x', 'y'] }, filled)).toBe('/servers?name=web%20a');
  });
});
