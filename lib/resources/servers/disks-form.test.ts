import { describe, expect, it } from 'vitest';
import type { ServerDetail } from '@/lib/scp';
import { readRows, removeRow, writeRows } from '../core/rows';
import { checkDiskEdit } from './disks';
import { diskFormRows, diskRowsOf, editServerDisks } from './disks-form';

const tag = '00000000-0000-0000-0000-000000000000';
const server = {
  id: 's-1', name: 'web', status: 'stopped', project_id: 'p-1', az_id: 'az-1', storage_tag_id: tag, storage_tag_name: 'fast',
  disks: [
    { id: 'ide0', size_mb: 20480, type: 'derive_disk', preallocate: 'metadata', storage_id: 'st-1', storage_name: 'local' },
    { id: 'ide1', size_mb: 5120, type: 'share_disk', preallocate: 'off', storage_id: 'vol-1', storage_name: '' },
  ],
} as unknown as ServerDetail;
const form = editServerDisks.form!;
const spec = form.fields[0].rows!;
const withRows = (rows: ReturnType<typeof readRows>) => ({ ...form.initial(server), disks: writeRows(rows) });

describe('the disks form', () => {
  it('starts from the server’s disks: the system disk stays, a shared one keeps its size', () => {
    const rows = diskFormRows(server);
    expect(rows.map((r) => [r.id, r.size, r.mb])).toEqual([['ide0', '20', '20480'], ['ide1', '5', '5120']]);
    expect(spec.remove.allowed!(rows[0])).toMatchObject({ ok: false, reason: 'servers.reason.diskSystem' });
    expect(spec.remove.allowed!(rows[1]).ok).toBe(true);
    expect(spec.fields[0].editable!(rows[1])).toMatchObject({ ok: false, reason: 'servers.reason.diskShared' });
    expect(spec.fields[0].hint!(rows[1])).toEqual({ key: 'servers.disks.current', values: { size: '5', storage: 'fast' } });
  });

  it('says nothing changed under the table, and a shrink under the disk’s size', () => {
    const rows = diskFormRows(server);
    expect(form.check(form.initial(server), server)).toEqual({ disks: { key: 'servers.edit.nothing' } });
    expect(form.check(withRows([{ ...rows[0], size: '10' }, rows[1]]), server)).toEqual({ 'disks.ide0.size': { key: 'servers.disks.error.shrink', values: { min: '20' } } });
  });

  it('adds a 20 GB disk on the next free id, on the server’s storage, and counts it against the quota', () => {
    const values = form.initial(server);
    const rows = readRows(values.disks);
    const added = spec.add.row(rows, values);
    expect(added).toEqual({ id: 'ide3', size: '20', storage: 'fast' });
    expect(spec.fields[0].hint!(added)).toEqual({ key: 'servers.disks.new', values: { storage: 'fast' } });
    const next = withRows([...rows, added]);
    expect(form.check(next, server)).toEqual({});
    expect(form.quota!(next, server)).toMatchObject({ projectId: 'p-1', azId: 'az-1', needs: { storage: { [tag]: 20480 } }, shortKey: 'quota.short.edit' });
  });

  it('names a removed disk in hard_delete_disks when its data goes too', async () => {
    const rows = removeRow(spec, diskFormRows(server), 'ide1').map((r) => (r.id === 'ide1' ? { ...r, hardDelete: '1' } : r));
    expect(form.check(withRows(rows), server)).toEqual({});
    const edit = checkDiskEdit(diskRowsOf(rows, server));
    expect(edit.ok && edit.body.disks?.map((d) => d.id)).toEqual(['ide0']);
    expect(edit.ok && edit.body.hard_delete_disks).toEqual(['ide1']);
    expect(spec.removed?.lines(rows[1])).toEqual([
      { message: { key: 'servers.disks.size', values: { id: 'ide1' } }, struck: true },
      { message: { key: 'servers.disks.removing', values: { id: 'ide1' } } },
    ]);
  });
});
