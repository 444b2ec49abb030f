import { describe, expect, it } from 'vitest';
import { addDiskVerdict, attachVolumeRows, checkDiskEdit, diskRemoveVerdict, diskResizeVerdict, diskRows, diskStorageNeeds, newDiskRow, nextDiskId, type DiskRow } from './disks';

const tag = '00000000-0000-0000-0000-000000000000';
const server = {
  storage_tag_id: tag,
  disks: [
    { id: 'ide0', size_mb: 20480, type: 'derive_disk', preallocate: 'metadata', storage_id: 'st-1', storage_name: 'local' },
    { id: 'ide1', size_mb: 10240, type: 'new_disk', preallocate: 0, storage_id: 'st-1', storage_name: 'local' },
  ],
};
const grow = (rows: DiskRow[], id: string, sizeGb: string) => rows.map((r) => (r.id === id ? { ...r, sizeGb } : r));

describe('disk ids', () => {
  it('fills ide1, then ide3… (ide2 is the CD-ROM drive), up to ide15', () => {
    expect(nextDiskId(['ide0'])).toBe('ide1');
    expect(nextDiskId(['ide0', 'ide1'])).toBe('ide3');
    expect(nextDiskId(['ide0', 'ide1', 'ide4'])).toBe('ide3');
    const full = ['ide0', 'ide1', ...Array.from({ length: 13 }, (_, i) => `ide${i + 3}`)];
    expect(nextDiskId(full)).toBeUndefined();
    expect(addDiskVerdict(full.map((id) => ({ id, sizeGb: '20' })))).toMatchObject({ ok: false, reason: 'servers.reason.diskSlots' });
  });
});

describe('checkDiskEdit', () => {
  it('sends the full list: existing disks as they are with is_old_disk 1, grown sizes, a new thin disk', () => {
    const rows = [...grow(diskRows(server), 'ide1', '15'), newDiskRow(diskRows(server))!];
    expect(rows[2]).toEqual({ id: 'ide3', sizeGb: '20' });
    const check = checkDiskEdit(rows);
    expect(check).toEqual({
      ok: true,
      body: {
        disks: [
          { id: 'ide0', size_mb: 20480, type: 'derive_disk', preallocate: 'metadata', is_old_disk: 1 },
          { id: 'ide1', size_mb: 15360, type: 'new_disk', preallocate: 0, is_old_disk: 1 },
          { id: 'ide3', size_mb: 20480, type: 'new_disk', preallocate: 'off' },
        ],
      },
    });
  });

  it('refuses shrinking, naming the current size as the minimum, and keeps an untouched odd size exact', () => {
    expect(checkDiskEdit(grow(diskRows(server), 'ide1', '9'))).toEqual({ ok: false, errors: { ide1: { key: 'servers.disks.error.shrink', values: { min: '10' } } } });
    const odd = { ...server, disks: [{ ...server.disks[0], size_mb: 2600 }] };
    const rows = [...diskRows(odd), { id: 'ide1', sizeGb: '2' }];
    expect(rows[0].sizeGb).toBe('2.54');
    expect(checkDiskEdit(rows)).toMatchObject({ ok: true, body: { disks: [{ id: 'ide0', size_mb: 2600 }, { id: 'ide1', size_mb: 2048 }] } });
  });

  it('wants a new disk of 2…64511 whole GB, and something to change', () => {
    for (const sizeGb of ['1', '1.5', '', '64512']) {
      expect(checkDiskEdit([...diskRows(server), { id: 'ide3', sizeGb }])).toEqual({ ok: false, errors: { ide3: { key: 'forms.error.range', values: { min: 2, max: 64511 } } } });
    }
    expect(checkDiskEdit(diskRows(server))).toEqual({ ok: false, errors: { form: { key: 'servers.edit.nothing' } } });
  });

  it('keeps a shared volume as it is, naming the volume', () => {
    const shared = { ...server, disks: [...server.disks, { id: 'ide3', size_mb: 51200, type: 'share_disk', preallocate: 'off', storage_id: 'vol-1' }] };
    expect(diskResizeVerdict(shared.disks[2])).toMatchObject({ ok: false, reason: 'servers.reason.diskShared' });
    const check = checkDiskEdit(grow(diskRows(shared), 'ide1', '11'));
    expect(check.ok && check.body.disks?.[2]).toEqual({ id: 'ide3', size_mb: 51200, type: 'share_disk', preallocate: 'off', storage_id: 'vol-1', is_old_disk: 1 });
  });
});

describe('removing disks', () => {
  const mark = (rows: DiskRow[], id: string, removal: DiskRow['removal']) => rows.map((r) => (r.id === id ? { ...r, removal } : r));

  it('never the system disk', () => {
    expect(diskRemoveVerdict(server.disks[0], server)).toMatchObject({ ok: false, why: 'state', reason: 'servers.reason.diskSystem' });
    expect(diskRemoveVerdict(server.disks[1], server).ok).toBe(true);
  });

  it('leaves a removed disk out of the list, and names it in hard_delete_disks only when its data goes too', () => {
    expect(checkDiskEdit(mark(diskRows(server), 'ide1', 'detach'))).toEqual({
      ok: true, body: { disks: [{ id: 'ide0', size_mb: 20480, type: 'derive_disk', preallocate: 'metadata', is_old_disk: 1 }] },
    });
    expect(checkDiskEdit(mark(diskRows(server), 'ide1', 'delete'))).toMatchObject({ ok: true, body: { disks: [{ id: 'ide0' }], hard_delete_disks: ['ide1'] } });
  });

  it('does not check the size typed into a disk that goes, nor count it against the quota', () => {
    const rows = mark(grow(diskRows(server), 'ide1', 'x'), 'ide1', 'detach');
    expect(checkDiskEdit(rows).ok).toBe(true);
    expect(diskStorageNeeds(server, mark(grow(diskRows(server), 'ide1', '50'), 'ide1', 'delete'))).toEqual({});
  });
});

describe('diskStorageNeeds', () => {
  it('counts growth and new disks on the storage tag', () => {
    const rows = [...grow(diskRows(server), 'ide1', '15'), { id: 'ide3', sizeGb: '20' }, { id: 'ide4', sizeGb: 'x' }];
    expect(diskStorageNeeds(server, rows)).toEqual({ [tag]: 5120 + 20480 });
    expect(diskStorageNeeds(server, diskRows(server))).toEqual({});
  });
});

describe('attachVolumeRows', () => {
  const volume = { id: 'c'.repeat(8) + '-0000-0000-0000-000000000001', size_mb: 51200 };

  it('adds the volume as a share_disk on the next free slot, keeping the disks as they are', () => {
    const attach = attachVolumeRows(server, volume);
    expect(attach.ok).toBe(true);
    const check = checkDiskEdit(attach.ok ? attach.rows : []);
    expect(check).toEqual({
      ok: true,
      body: {
        disks: [
          { id: 'ide0', size_mb: 20480, type: 'derive_disk', preallocate: 'metadata', is_old_disk: 1 },
          { id: 'ide1', size_mb: 10240, type: 'new_disk', preallocate: 0, is_old_disk: 1 },
          { id: 'ide3', size_mb: 51200, type: 'share_disk', preallocate: 'off', storage_id: volume.id },
        ],
      },
    });
    expect(diskStorageNeeds(server, attach.ok ? attach.rows : [])).toEqual({});
  });

  it('refuses a volume the server has already, and a server without a free slot', () => {
    const shared = { ...server, disks: [...server.disks, { id: 'ide3', size_mb: 51200, type: 'share_disk', preallocate: 'off', storage_id: volume.id }] };
    expect(attachVolumeRows(shared, volume)).toMatchObject({ ok: false, verdict: { reason: 'servers.reason.volumeAttached' } });
    const full = { ...server, disks: ['ide0', 'ide1', ...Array.from({ length: 13 }, (_, i) => `ide${i + 3}`)].map((id) => ({ ...server.disks[1], id })) };
    expect(attachVolumeRows(full, volume)).toMatchObject({ ok: false, verdict: { reason: 'servers.reason.diskSlots' } });
  });
});
