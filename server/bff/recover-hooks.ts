import 'server-only';
import type { z } from 'zod';
import {
  floatingIps, images, projects, servers, snapshots, subnets, vpcs,
  type FloatingIpCreateSchema, type ImageCreateSchema, type ProjectCreateSchema, type ScpOperationEntry, type ServerCreateSchema,
  type SnapshotCreateSchema, type SubnetCreateSchema, type TaskStarted, type VpcCreateSchema,
} from '@/lib/scp';
import { findBatchTask, findByName, findRecentTask, isSinceCall, type RecoverContext, type RecoverHook, type ScpOperation } from '../scp';

/*
 * How the console finds out what a change did when SCP's answer to it was
 * lost (architecture principle 7; catalog §1.6: SCP refuses a repeated
 * X-Client-Token and does not replay the answer). Each hook only reads: the
 * task the change started since it was sent, or the thing it created. When a
 * hook finds nothing, or more than one candidate, the browser gets 502
 * scp_outcome_unknown rather than a guess.
 */

/** Turns a registry entry into a callable operation (with its drift normaliser); injected to avoid an import cycle. */
export type AsOperation = <R extends z.ZodType>(entry: ScpOperationEntry<R>) => ScpOperation<z.output<R>>;

/**
 * Op-log `action` texts, as the catalog titles the operations and SCP writes
 * them (Chinese; SCP localises them, so another language finds nothing and the
 * call stays `outcome-unknown`).
 */
const ACTION = {
  serverCreate: ['创建云主机'],
  serverEdit: ['编辑云主机'],
  serverDelete: ['删除云主机'],
  serverRestore: ['从回收站恢复云主机'],
  serverStart: ['启动云主机'],
  // stop with force 1 powers off.
  serverStop: ['关闭云主机', '关闭云主机电源'],
  serverReboot: ['重启云主机'],
  serverSuspend: ['挂起云主机'],
  serverClone: ['云主机克隆'],
  serverPassword: ['重置云主机密码'],
  snapshotCreate: ['创建云主机快照'],
  vpcCreate: ['创建VPC网络'],
  vpcDelete: ['删除VPC网络'],
  imageCreate: ['创建镜像', '提供创建镜像功能'],
  imageEdit: ['编辑镜像'],
  imageUpload: ['上传镜像'],
  floatingIpBind: ['绑定弹性IP'],
  floatingIpUnbind: ['解绑弹性IP'],
} as const;

const body = <S extends z.ZodType>(ctx: RecoverContext) => ctx.input.body as z.output<S>;
const param = (ctx: RecoverContext, name: string) => String(ctx.input.params?.[name] ?? '');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An operation on one object (`:param`) that starts a task: the newest such task on it since the call. */
function taskOn(paramName: string, actions: readonly string[]): RecoverHook<TaskStarted> {
  return async (ctx) => {
    const task = await findRecentTask(ctx, { objectId: param(ctx, paramName), actions });
    return task && { task_id: task.id };
  };
}

/**
 * Server create and clone: the servers named as asked (`name`, or `name-1`…
 * when several), and the one task since the call that builds exactly `count`
 * of them.
 */
function newServers(ctx: RecoverContext, as: AsOperation, actions: readonly string[]) {
  return async (name: string, count: number) => {
    const pattern = new RegExp(`^${escapeRegExp(name)}(-\\d+)?$`);
    const page = await ctx.call(as(servers.list), { query: { name, page_num: 0, page_size: 100 }, fresh: true });
    const candidates = page.data.filter((s) => pattern.test(s.name)).map((s) => s.id);
    if (candidates.length < count) return undefined;
    const task = await findBatchTask(ctx, { actions, objectIds: candidates });
    const uuids = task?.objectIds.filter((id) => candidates.includes(id)) ?? [];
    return task && uuids.length === count ? { task_id: task.id, uuids } : undefined;
  };
}

/** The hooks, by registry operation name. */
export function recoverHooks(as: AsOperation): Record<string, RecoverHook<unknown>> {
  return {
    [servers.create.name]: async (ctx) => {
      const b = body<typeof ServerCreateSchema>(ctx);
      return newServers(ctx, as, ACTION.serverCreate)(b.name, b.count ?? 1);
    },
    [servers.clone.name]: async (ctx) => {
      const b = ctx.input.body as { name: string; count: number; advance_param?: { return_uuids?: number } };
      const found = await newServers(ctx, as, ACTION.serverClone)(b.name, b.count);
      // uuids only when asked for, as SCP answers.
      return found && (b.advance_param?.return_uuids === 1 ? found : { task_id: found.task_id });
    },
    [servers.edit.name]: taskOn('server_id', ACTION.serverEdit),
    [servers.delete.name]: taskOn('server_id', ACTION.serverDelete),
    [servers.restore.name]: taskOn('server_id', ACTION.serverRestore),
    [servers.start.name]: taskOn('server_id', ACTION.serverStart),
    [servers.stop.name]: taskOn('server_id', ACTION.serverStop),
    [servers.reboot.name]: taskOn('server_id', ACTION.serverReboot),
    [servers.suspend.name]: taskOn('server_id', ACTION.serverSuspend),
    [servers.resetPassword.name]: taskOn('server_id', ACTION.serverPassword),

    // The task runs on the server; the snapshot is found by its name.
    [snapshots.create.name]: async (ctx) => {
      const task = await findRecentTask(ctx, { objectId: param(ctx, 'server_id'), actions: ACTION.snapshotCreate });
      if (!task) return undefined;
      const named = await findByName(ctx, as(snapshots.list), body<typeof SnapshotCreateSchema>(ctx).name, { params: { server_id: param(ctx, 'server_id') } });
      return { task_id: task.id, resource_id: named.length === 1 ? named[0].id : undefined };
    },

    // One VPC per tenant per AZ: the tenant's VPC there, created by a task since the call.
    [vpcs.create.name]: async (ctx) => {
      const b = body<typeof VpcCreateSchema>(ctx);
      const page = await ctx.call(as(vpcs.list), { query: { project_id: b.project_id, az_id: b.az_id, page_num: 0, page_size: 100 }, fresh: true });
      const mine = page.data.filter((v) => v.project_id === b.project_id && v.az_id === b.az_id && (b.name === undefined || v.name === b.name));
      if (mine.length !== 1) return undefined;
      const task = await findRecentTask(ctx, { objectId: mine[0].id, actions: ACTION.vpcCreate });
      return task && { task_id: task.id };
    },
    [vpcs.delete.name]: taskOn('vpc_id', ACTION.vpcDelete),

    // Synchronous: the subnet itself. Names are unique in a VPC, and CIDRs may not overlap there.
    [subnets.create.name]: async (ctx) => {
      const b = body<typeof SubnetCreateSchema>(ctx);
      const named = (await findByName(ctx, as(subnets.list), b.name, { query: { vpc_id: b.vpc_id } })).filter((s) => s.vpc_id === b.vpc_id && s.cidr === b.cidr);
      return named.length === 1 ? named[0] : undefined;
    },

    // Synchronous, and a floating IP has no name: the one IP of the project (and pool) created since the call.
    [floatingIps.create.name]: async (ctx) => {
      const b = body<typeof FloatingIpCreateSchema>(ctx);
      const query = { project_id: b.project_id, floatingip_pool_id: b.floatingip_pool_id, floating_ip: b.floating_ip, sort: 'created_at', order_by: 'DESC', page_num: 0, page_size: 5 };
      const page = await ctx.call(as(floatingIps.list), { query, fresh: true });
      // List items carry no creation time; the details do.
      const details = await Promise.all(page.data.map((f) => ctx.call(as(floatingIps.detail), { params: { floatingip_id: f.id }, fresh: true })));
      const fresh = details.filter((f) => f.project_id === b.project_id && isSinceCall(ctx, f.created_at));
      return fresh.length === 1 ? fresh[0] : undefined;
    },
    [floatingIps.bind.name]: taskOn('floatingip_id', ACTION.floatingIpBind),
    [floatingIps.unbind.name]: taskOn('floatingip_id', ACTION.floatingIpUnbind),

    // Synchronous; tenant names are unique, and the admin account must match too.
    [projects.create.name]: async (ctx) => {
      const { project } = body<typeof ProjectCreateSchema>(ctx);
      const page = await ctx.call(as(projects.list), { query: { keywords: project.name, page_num: 0, page_size: 100 }, fresh: true });
      const named = page.data.filter((p) => p.name === project.name && (p.user_name == null || p.user_name === project.project_admin.user_name));
      return named.length === 1 ? { project: { id: named[0].id, name: named[0].name } } : undefined;
    },

    // A new record waits (saving) for its upload; its create task names it.
    [images.create.name]: async (ctx) => {
      const b = body<typeof ImageCreateSchema>(ctx);
      const named = await findByName(ctx, as(images.list), b.name, { query: { image_type: b.image_type, disk_format: b.disk_format, status: 'saving' } });
      const task = named.length ? await findBatchTask(ctx, { actions: ACTION.imageCreate, objectIds: named.map((i) => i.id) }) : undefined;
      return task?.objectIds.length === 1 ? { task_id: task.id, id: task.objectIds[0] } : undefined;
    },
    [images.edit.name]: taskOn('image_id', ACTION.imageEdit),
    // The distribution to the image's AZs is a batch task: its sub-tasks name the image.
    [images.upload.name]: async (ctx) => {
      const task = await findBatchTask(ctx, { actions: ACTION.imageUpload, objectIds: [param(ctx, 'image_id')] });
      return task && { task_id: task.id };
    },
  };
}
