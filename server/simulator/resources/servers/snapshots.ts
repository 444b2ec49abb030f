import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { listPage } from '../../http/list';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import type { Server, Snapshot } from '../../state/types';
import { startBatchTask, startTask, type CallerTaskSpec } from '../../tasks/start';
import { assertStatus, markOff, markRunning, startServersTask, USABLE, visibleServer } from './lifecycle';
import { serverPaths, versionOf } from './paths';
import {
  addSnapshot, assertSnapshotName, completeSnapshot, makeLatest, removeSnapshot, renderSnapshot, settledSnapshot,
} from './snapshot-state';
import { Flag } from './spec-schema';

const SnapName = z.string().min(1, { error: 'must not be empty' }).max(90, { error: 'must be at most 90 characters' });
const CreateSchema = z.looseObject({
  name: SnapName,
  description: z.string().max(90, { error: 'must be at most 90 characters' }).optional(),
  snap_type: z.enum(['vs', 'qcow2', 'external_qcow2'], { error: 'must be vs, qcow2 or external_qcow2' }).optional(),
});
const EditSchema = z.looseObject({
  name: SnapName,
  description: z.string().max(90, { error: 'must be at most 90 characters' }).optional(),
  is_protected: Flag.optional(),
});
const RecoverySchema = z.looseObject({ backup: Flag, power_on: Flag.optional() });
const BatchDeleteSchema = z.looseObject({
  snapshot_ids: z.array(z.string().min(1)).min(1, { error: 'must list at least one snapshot id' }),
  action: z.literal('delete', { error: 'must be "delete" (lower case only)' }),
});

/** Task spec for work on a snapshot that leaves the server's status alone. */
function snapshotTask(server: Server, snap: Snapshot, action: string, onFinish: () => void, onFailure?: () => void): CallerTaskSpec {
  return {
    action, objectType: '云主机快照', objectId: snap.id, objectName: snap.name, azId: server.az_id, projectId: server.project_id,
    onFinish, onFailure,
  };
}

/** Takes a snapshot: the server is `snapshotting` until the task ends. */
function takeSnapshot(ctx: RequestContext, server: Server) {
  const b = parseBody(CreateSchema, ctx.body);
  assertSnapshotName(b.name);
  assertStatus(server, USABLE, 'snapshot');
  const snap = addSnapshot(ctx.store, server, { name: b.name, description: b.description ?? '', type: b.snap_type ?? 'qcow2' }, ctx.now);
  const previous = server.status;
  const task = startServersTask(ctx, [server], {
    action: '创建云主机快照', transitional: 'snapshotting',
    finish: (s) => {
      completeSnapshot(ctx.store, snap);
      s.status = previous;
    },
    fail: (s) => {
      ctx.store.snapshots.delete(snap.id);
      s.status = previous;
    },
  });
  return { task, snap };
}

function deleteSnapshotSpec(ctx: RequestContext, server: Server, snap: Snapshot): CallerTaskSpec {
  if (snap.is_protected) throw badRequest(`snapshot ${snap.name} (${snap.id}) is protected; set is_protected 0 before deleting it`);
  snap.status = 'deleting';
  return snapshotTask(server, snap, '删除云主机快照', () => removeSnapshot(ctx.store, snap), () => (snap.status = 'normal'));
}

/** Server snapshots (HCI): list, take, edit, delete, batch delete, recover. */
export function serverSnapshotRoutes(): RouteSpec[] {
  const one = (ctx: RequestContext) => {
    const server = visibleServer(ctx, ctx.params.server_id);
    return { server, snap: settledSnapshot(ctx.store, server, ctx.params.snapshot_id) };
  };
  return [
    {
      method: 'GET', paths: serverPaths(['20180725', '20190725', '20200725', '20210725'], '/{server_id}/snapshots'), roles: ADMIN_AND_TENANT,
      summary: 'snapshots of a server',
      handler: (ctx) => {
        const server = visibleServer(ctx, ctx.params.server_id);
        const version = versionOf(ctx.path);
        return ok(listPage(ctx.store.snapshotsOf(server.id), ctx.query, {
          filters: {}, sortable: ['name', 'created_at', 'is_latest'], render: (s) => renderSnapshot(server, s, version),
        }));
      },
    },
    {
      method: 'POST', paths: serverPaths(['20180725', '20190725'], '/{server_id}/snapshots'), roles: ADMIN_AND_TENANT,
      summary: 'take a snapshot (at most 7 per server in HCI pools at 6.2.0 or older; async)',
      handler: (ctx) => {
        const { task, snap } = takeSnapshot(ctx, visibleServer(ctx, ctx.params.server_id));
        return created(versionOf(ctx.path) === '20190725' ? { task_id: task.id, resource_id: snap.id } : { task_id: task.id });
      },
    },
    {
      method: 'PUT', paths: serverPaths(['20180725'], '/{server_id}/snapshots/{snapshot_id}'), roles: ADMIN_AND_TENANT,
      summary: 'rename / protect a snapshot (async)',
      handler: (ctx) => {
        const b = parseBody(EditSchema, ctx.body);
        assertSnapshotName(b.name);
        const { server, snap } = one(ctx);
        const task = startTask(ctx, snapshotTask(server, snap, '编辑云主机快照', () => {
          Object.assign(snap, { name: b.name, description: b.description ?? snap.description, is_protected: b.is_protected ?? snap.is_protected });
        }));
        return ok({ task_id: task.id });
      },
    },
    {
      method: 'DELETE', paths: serverPaths(['20180725'], '/{server_id}/snapshots/{snapshot_id}'), roles: ADMIN_AND_TENANT,
      summary: 'delete a snapshot (204 + task_id)',
      handler: (ctx) => {
        const { server, snap } = one(ctx);
        return { status: 204, data: { task_id: startTask(ctx, deleteSnapshotSpec(ctx, server, snap)).id } };
      },
    },
    {
      method: 'POST', paths: serverPaths(['20180725'], '/{server_id}/snapshots/action'), roles: ADMIN_AND_TENANT,
      summary: 'batch delete snapshots (action "delete")',
      handler: (ctx) => {
        const b = parseBody(BatchDeleteSchema, ctx.body);
        const server = visibleServer(ctx, ctx.params.server_id);
        const snaps = [...new Set(b.snapshot_ids)].map((id) => settledSnapshot(ctx.store, server, id));
        const protectedOne = snaps.find((s) => s.is_protected);
        if (protectedOne) throw badRequest(`snapshot ${protectedOne.name} (${protectedOne.id}) is protected; set is_protected 0 before deleting it`);
        const specs = snaps.map((s) => deleteSnapshotSpec(ctx, server, s));
        const task = specs.length === 1
          ? startTask(ctx, specs[0])
          : startBatchTask(ctx, { action: '批量删除云主机快照', objectType: '云主机快照', azId: server.az_id, projectId: server.project_id }, specs);
        return created({ task_id: task.id });
      },
    },
    {
      method: 'POST', paths: serverPaths(['20180725'], '/{server_id}/snapshots/{snapshot_id}/recovery'), roles: ADMIN_AND_TENANT,
      summary: 'recover a server to a snapshot (backup 1 snapshots first; async)',
      handler: (ctx) => {
        const b = parseBody(RecoverySchema, ctx.body);
        const { server, snap } = one(ctx);
        assertStatus(server, USABLE, 'recover');
        const backup = b.backup === 1
          ? addSnapshot(ctx.store, server, { name: `before-recovery-${snap.name}`.slice(0, 90), description: `taken before recovering to ${snap.name}`, type: snap.type }, ctx.now)
          : undefined;
        const previous = server.status;
        const task = startServersTask(ctx, [server], {
          action: '云主机快照恢复', transitional: 'recovery',
          finish: (s) => {
            if (backup) completeSnapshot(ctx.store, backup);
            makeLatest(ctx.store, snap);
            if (b.power_on === 1) markRunning(s);
            else markOff(s);
          },
          fail: (s) => {
            if (backup) ctx.store.snapshots.delete(backup.id);
            s.status = previous;
          },
        });
        return created({ task_id: task.id });
      },
    },
  ];
}
