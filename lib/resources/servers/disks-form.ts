import type { ServerDetail } from '@/lib/scp';
import { editVerdict, sendServerEdit } from './edit-request';
import { addDiskVerdict, checkDiskEdit, diskRemoveVerdict, diskRows, diskStorageNeeds, diskResizeVerdict, gbText, newDiskRow, type DiskRow } from './disks';
import { OLD, REMOVED, isRemoved, readRows, rowErrorName, writeRows } from '../core/rows';
import { ALLOWED, refuse, type Action, type FieldError, type Message, type Row, type RowsSpec } from '../core/types';

/*
 * The server's disks as a declared form: a rows field `disks`, one row a
 * disk (its id, the size typed in GB, and what the view says of it), checked
 * and sent by disks.ts. A row the server has carries its size (`mb`), whether
 * it is a shared volume or the system disk, and its storage's name; a removed
 * one, whether its data goes too (`hardDelete`).
 */

const FIELD = 'disks';
const SIZE = 'size';

/** The storage a server's new disks go on, as the form names it ('' when SCP names none). */
const storageOf = (server: Pick<ServerDetail, 'storage_tag_name' | 'storage_tag_id'>) => server.storage_tag_name || server.storage_tag_id || '';

/** The form's rows for a server: its disks as they are. */
export function diskFormRows(server: ServerDetail): Row[] {
  return diskRows(server).map(({ id, sizeGb, old }, i) => ({
    id, [SIZE]: sizeGb, [OLD]: '1', [REMOVED]: '', hardDelete: '0', mb: String(old!.size_mb),
    shared: diskResizeVerdict(old!).ok ? '' : '1', system: diskRemoveVerdict(old!, { disks: server.disks }).ok ? '' : '1', storage: old!.storage_name || storageOf(server),
  }));
}

/** The rows of disks.ts for the form's rows: a row the server has gets its disk back. */
export function diskRowsOf(rows: readonly Row[], server: Pick<ServerDetail, 'disks'>): DiskRow[] {
  return rows.map((row) => {
    const old = row[OLD] === '1' ? server.disks.find((d) => d.id === row.id) : undefined;
    const removal = old && isRemoved(row) ? (row.hardDelete === '1' ? 'delete' : 'detach') : undefined;
    return { id: row.id, sizeGb: row[SIZE] ?? '', ...(old && { old }), ...(removal && { removal }) };
  });
}

/** What disks.ts needs of rows to pick the next free id. */
const idsOf = (rows: readonly Row[]): DiskRow[] => rows.map((r) => ({ id: r.id, sizeGb: '' }));
const storageName = (row: Row) => row.storage || { key: 'format.empty' as const };

const disks: RowsSpec = {
  key: 'id',
  testIds: { row: 'disk-row', attribute: 'disk', add: 'disk-add', remove: 'disk-remove', keep: 'disk-keep', error: 'disks-refused' },
  fields: [{
    name: SIZE, kind: 'number', unitKey: 'forms.unit.gb',
    label: (row) => ({ key: 'servers.disks.size', values: { id: row.id } }),
    hint: (row): Message => (row[OLD] === '1'
      ? { key: 'servers.disks.current', values: { size: gbText(Number(row.mb)), storage: storageName(row) } }
      : { key: 'servers.disks.new', values: { storage: storageName(row) } }),
    editable: (row) => (row.shared === '1' ? refuse('state', 'servers.reason.diskShared') : ALLOWED),
    min: (row) => (row[OLD] === '1' ? gbText(Number(row.mb)) : undefined),
  }],
  add: {
    labelKey: 'servers.disks.add',
    allowed: (rows) => addDiskVerdict(idsOf(rows)),
    row: (rows, values) => {
      const next = newDiskRow(idsOf(rows));
      return { id: next?.id ?? '', [SIZE]: next?.sizeGb ?? '', storage: values.storage ?? '' };
    },
  },
  remove: { labelKey: 'servers.disks.remove', allowed: (row) => (row.system === '1' ? refuse('state', 'servers.reason.diskSystem') : ALLOWED) },
  removed: {
    lines: (row) => [{ message: { key: 'servers.disks.size', values: { id: row.id } }, struck: true }, { message: { key: 'servers.disks.removing', values: { id: row.id } } }],
    keepKey: 'servers.disks.undo',
    option: { name: 'hardDelete', labelKey: 'servers.disks.hardDelete', testId: 'disk-hard-delete' },
  },
};

/** The form's check: the disk edit's problems, each under its row's size (the table's own when nothing changed). */
function check(values: Record<string, string>, server: ServerDetail) {
  const edit = checkDiskEdit(diskRowsOf(readRows(values[FIELD]), server));
  if (edit.ok) return { edit, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const [id, error] of Object.entries(edit.errors)) errors[id === 'form' ? FIELD : rowErrorName(FIELD, id, SIZE)] = error;
  return { edit, errors };
}

/**
 * Grow, add and remove a server's disks. An existing disk shows its size as
 * the minimum; new ones take the next free id and go on the server's storage
 * tag; a removed one can keep its data or lose it, and comes back with "Keep"
 * until the form is sent. The storage it adds is checked against the tenant's
 * quota before anything is sent; SCP gets the full disk list.
 */
export const editServerDisks: Action<ServerDetail> = {
  id: 'disks',
  labelKey: 'servers.action.editDisks',
  allowed: editVerdict,
  form: {
    titleKey: 'servers.disks.title',
    titleValues: (server) => ({ name: server.name }),
    testId: 'server-disks-dialog',
    submitKey: 'servers.edit.submit',
    failedKey: 'servers.edit.failed',
    wide: true,
    fields: [{ name: FIELD, labelKey: 'servers.disks.title', kind: 'rows', rows: disks }],
    initial: (server) => ({ [FIELD]: writeRows(diskFormRows(server)), storage: storageOf(server) }),
    check: (values, server) => check(values, server).errors,
    quota: (values, server) => ({
      projectId: server.project_id,
      azId: server.az_id ?? '',
      needs: { vm_count: 0, cores: 0, ram: 0, storage: diskStorageNeeds(server, diskRowsOf(readRows(values[FIELD]), server)) },
      tagNames: server.storage_tag_id && server.storage_tag_name ? { [server.storage_tag_id]: server.storage_tag_name } : {},
      shortKey: 'quota.short.edit',
    }),
  },
  run: (server, ctx) => sendServerEdit(server, check(ctx.values ?? {}, server).edit, ctx.clientToken),
};
