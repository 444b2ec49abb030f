import { ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { MaybeTaskStartedSchema, TaskStartedSchema } from '../schemas/common';
import { listQuery } from '../schemas/list-page';
import { SnapshotCreatedSchema, SnapshotCreateSchema, SnapshotEditSchema, SnapshotRecoverySchema, SnapshotSchema } from '../schemas/snapshot';

const snapshotsPath = '/servers/{server_id}/snapshots';
const snapshotPath = `${snapshotsPath}/{snapshot_id}`;

/**
 * Server snapshots (HCI pools only), catalog §4.8.7. List and create use
 * 20190725 (SCP ≥ 6.8.0): its items carry `status` and `is_protected`, and
 * create answers the new snapshot's id.
 */
export const snapshots = {
  list: scpListOperation({
    console: 'GET /api/servers/:server_id/snapshots',
    name: 'snapshots.list', summary: 'snapshots of a server', version: '20190725', path: snapshotsPath, roles: ADMIN_TENANT,
    query: listQuery({}), item: SnapshotSchema, drift: 'snapshot',
  }),
  create: scpOperation({
    console: 'POST /api/servers/:server_id/snapshots',
    name: 'snapshots.create', summary: 'take a snapshot', method: 'POST', version: '20190725', path: snapshotsPath, roles: ADMIN_TENANT,
    body: SnapshotCreateSchema, response: SnapshotCreatedSchema, task: true,
  }),
  edit: scpOperation({
    console: 'PUT /api/servers/:server_id/snapshots/:snapshot_id',
    name: 'snapshots.edit', summary: 'rename or protect a snapshot', method: 'PUT', version: '20180725', path: snapshotPath, roles: ADMIN_TENANT,
    body: SnapshotEditSchema, response: TaskStartedSchema, task: true,
  }),
  delete: scpOperation({
    console: 'DELETE /api/servers/:server_id/snapshots/:snapshot_id',
    name: 'snapshots.delete', summary: 'delete a snapshot', method: 'DELETE', version: '20180725', path: snapshotPath, roles: ADMIN_TENANT,
    response: MaybeTaskStartedSchema, task: true,
  }),
  recover: scpOperation({
    console: 'POST /api/servers/:server_id/snapshots/:snapshot_id/recovery',
    name: 'snapshots.recover', summary: 'recover a server to a snapshot', method: 'POST', version: '20180725', path: `${snapshotPath}/recovery`,
    roles: ADMIN_TENANT, body: SnapshotRecoverySchema, response: TaskStartedSchema, task: true,
  }),
};
