import { describe, expect, it } from 'vitest';
import { ServerCreateSchema } from '@/lib/scp';
import { buildCreateBody, checkDraft, createNeeds, dataDiskId, EMPTY_DRAFT, fieldOfApiError, stepOfField, type ServerDraft } from './create';

const AZ = '11111111-1111-4111-8111-111111111111';
const TAG = '00000000-0000-0000-0000-000000000000';
const aCloud = { id: '22222222-2222-4222-8222-222222222222', disk_format: 'aCloud', disks: [{ id: 'ide0', size_mb: 40960, preallocate: 'metadata' }] };
const iso = { id: '33333333-3333-4333-8333-333333333333', disk_format: 'ISO', disks: [] };
const draft = (patch: Partial<ServerDraft> = {}): ServerDraft => ({
  ...EMPTY_DRAFT, azId: AZ, imageId: aCloud.id, storageTagId: TAG, name: 'e2e-server-1', sockets: 2, coresPerSocket: 2, memoryGb: 4, ...patch,
});

describe('the create body', () => {
  it('an aCloud image fixes the system disk: derive_disk with the image’s size and preallocation', () => {
    const body = buildCreateBody(draft({ systemDiskGb: 999 }), aCloud, false);
    expect(body.disks[0]).toEqual({ id: 'ide0', type: 'derive_disk', size_mb: 40960, preallocate: 'metadata' });
    expect(body).toMatchObject({ cores: 4, sockets: 2, memory_mb: 4096, storage_tag_id: TAG, power_on: 1, count: 1, networks: [] });
    expect(body.project_id).toBeUndefined();
  });

  it('an ISO image takes a new_disk of the chosen size; data disks skip ide2 (the CD-ROM)', () => {
    const body = buildCreateBody(draft({ imageId: iso.id, systemDiskGb: 30, dataDisksGb: [10, 20] }), iso, false);
    expect(body.disks).toEqual([
      { id: 'ide0', type: 'new_disk', size_mb: 30720, preallocate: 'off' },
      { id: 'ide1', type: 'new_disk', size_mb: 10240, preallocate: 'off' },
      { id: 'ide3', type: 'new_disk', size_mb: 20480, preallocate: 'off' },
    ]);
    expect([0, 1, 2].map(dataDiskId)).toEqual(['ide1', 'ide3', 'ide4']);
  });

  it('a NIC on the chosen subnet, a floating IP, the password for aCloud only, the tenant for admins', () => {
    const subnet = '44444444-4444-4444-8444-444444444444';
    const vpc = '55555555-5555-4555-8555-555555555555';
    const fip = '66666666-6666-4666-8666-666666666666';
    const body = buildCreateBody(draft({ vpcId: vpc, subnetId: subnet, floatingIpId: fip, password: 'pw', projectId: 'a'.repeat(32) }), aCloud, true);
    expect(body.networks).toEqual([{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnet }]);
    expect(body).toMatchObject({ floatingip: { floatingip_id: fip }, password: 'pw', project_id: 'a'.repeat(32) });
    expect(buildCreateBody(draft({ imageId: iso.id, password: 'pw' }), iso, false).password).toBeUndefined();
  });

  it('passes the console API’s own schema when the draft is complete', () => {
    const check = checkDraft(draft({ count: 3, description: 'bench' }), aCloud, false);
    expect(check.ok).toBe(true);
    expect(ServerCreateSchema.safeParse(check.input).success).toBe(true);
  });
});

describe('checking a draft', () => {
  it('names each missing or out-of-range field, in the form’s units, and keeps the draft as typed', () => {
    const d = draft({ azId: '', name: ' ', count: 21, memoryGb: Number.NaN, imageId: iso.id, systemDiskGb: 1, dataDisksGb: [70_000] });
    const check = checkDraft(d, iso, true);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toMatchObject({
      projectId: { key: 'forms.error.required' },
      azId: { key: 'forms.error.required' },
      name: { key: 'forms.error.required' },
      count: { key: 'forms.error.range', values: { min: 1, max: 20 } },
      memoryGb: { key: 'forms.error.range' },
      systemDiskGb: { key: 'forms.error.range', values: { min: 2, max: 64511 } },
      'dataDisksGb.0': { key: 'forms.error.range' },
    });
    expect(d.name).toBe(' ');
  });

  it('a floating IP needs a subnet and a single server', () => {
    const fip = '66666666-6666-4666-8666-666666666666';
    const check = checkDraft(draft({ floatingIpId: fip, count: 2 }), aCloud, false);
    expect(check.ok ? {} : check.errors).toMatchObject({ floatingIpId: { key: 'servers.create.error.floatingIpOneServer' } });
  });

  it('maps the schema’s and the API’s fields back to the form and its steps', () => {
    expect(fieldOfApiError('body.disks.0.size_mb')).toBe('systemDiskGb');
    expect(fieldOfApiError('body.disks.2.size_mb')).toBe('dataDisksGb.1');
    expect(fieldOfApiError('body.memory_mb')).toBe('memoryGb');
    expect(stepOfField('dataDisksGb.1')).toBe('storage');
    expect(stepOfField('memoryGb')).toBe('compute');
    expect(stepOfField('azId')).toBe('az');
  });
});

describe('quota needs of a request', () => {
  it('multiplies one server’s CPU, memory and disks by the count', () => {
    const body = buildCreateBody(draft({ count: 3, dataDisksGb: [10] }), aCloud, false);
    expect(createNeeds(body)).toEqual({ vm_count: 3, cores: 12, ram: 12288, storage: { [TAG]: (40960 + 10240) * 3 } });
  });

  it('counts a half-typed number as nothing, never NaN', () => {
    const body = buildCreateBody(draft({ sockets: Number.NaN, memoryGb: Number.NaN }), aCloud, false);
    expect(createNeeds(body)).toMatchObject({ cores: 0, ram: 0 });
  });
});
