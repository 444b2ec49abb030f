import { z } from 'zod';
import { badRequest, conflict, notFound } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { parseBody } from '../../http/validate';
import { addVpc } from '../../state/network-factory';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { actingProject, visibleTo } from '../../state/scope';
import type { Vpc } from '../../state/types';
import { startTask } from '../../tasks/start';
import { getVpc } from './lookup';
import { Name } from './schemas';

/** Default name SCP gives a VPC (seed samples). */
const DEFAULT_VPC_NAME = 'VPC网络';

const VpcCreateSchema = z.object({
  az_id: z.string().min(1),
  project_id: z.string().min(1),
  dh_id: z.string().optional(),
  name: Name.optional(),
});

/** VPC list item (catalog §4.11.1). Every VPC is a private one: `shared` 0. */
function renderVpc(v: Vpc) {
  return { id: v.id, name: v.name, description: v.description, az_id: v.az_id, project_id: v.project_id, type: 'vpc', shared: 0, status: v.status };
}

/**
 * What still lives in a VPC and blocks its deletion (seed L26688): servers,
 * including those in the recycle bin, visible subnets with ports, bound floating IPs.
 */
function blockers(ctx: RequestContext, vpc: Vpc): string[] {
  const { store } = ctx;
  const out: string[] = [];
  const servers = [...store.servers.values()].filter((s) => s.networks.some((n) => n.vpc_id === vpc.id));
  if (servers.length) {
    const binned = servers.filter((s) => s.in_recycle_bin === 1).length;
    out.push(`${servers.length} server(s)${binned ? ` (${binned} in the recycle bin)` : ''}`);
  }
  for (const s of store.subnets.values()) {
    if (s.vpc_id !== vpc.id || s.is_visible === 0) continue;
    const ports = [...store.ports.values()].filter((p) => p.subnet_id === s.id).length;
    if (ports) out.push(`subnet "${s.name}" (${s.id}) with ${ports} port(s)`);
  }
  const fips = [...store.floatingIps.values()].filter((f) => f.binding?.vpc_id === vpc.id);
  if (fips.length) out.push(`${fips.length} bound floating IP(s): ${fips.map((f) => f.floating_ip).join(', ')}`);
  return out;
}

/** Removes a VPC with its subnets (hidden ones included) and their address pools. */
function removeVpc(ctx: RequestContext, vpc: Vpc): void {
  for (const s of [...ctx.store.subnets.values()]) {
    if (s.vpc_id !== vpc.id) continue;
    ctx.store.ipam.drop(s.id);
    ctx.store.subnets.delete(s.id);
  }
  ctx.store.vpcs.delete(vpc.id);
}

function createVpc(ctx: RequestContext) {
  const body = parseBody(VpcCreateSchema, ctx.body);
  const projectId = actingProject(ctx.principal, body.project_id);
  const project = ctx.store.projects.get(projectId);
  if (!project) throw notFound('project', projectId);
  const az = ctx.store.azs.get(body.az_id);
  if (!az) throw notFound('AZ', body.az_id);
  if (!project.az_ids.includes(az.id)) {
    throw badRequest(`tenant "${project.name}" is not associated with AZ "${az.name}" (${az.id}); associate it first with POST /janus/20180725/projects/${project.id}/azs`);
  }
  const existing = [...ctx.store.vpcs.values()].find((v) => v.project_id === project.id && v.az_id === az.id);
  if (existing) {
    throw conflict(`tenant "${project.name}" already has VPC "${existing.name}" (${existing.id}) in AZ "${az.name}"; a tenant has one VPC per AZ`);
  }
  const vpc = ctx.store.vpcs.get(addVpc(ctx.store, project.id, az.id, body.name ?? DEFAULT_VPC_NAME, ctx.now).id)!;
  vpc.status = 'creating';
  const task = startTask(ctx, {
    action: '创建VPC网络', objectType: 'VPC网络', objectId: vpc.id, objectName: vpc.name, azId: az.id, projectId: project.id,
    onFinish: () => void (vpc.status = 'active'),
    onFailure: () => void (vpc.status = 'error'),
  });
  return created({ task_id: task.id });
}

/** Refuses to delete a VPC that still holds something; checked again when the task ends. */
function assertEmpty(ctx: RequestContext, vpc: Vpc): void {
  const left = blockers(ctx, vpc);
  if (left.length) throw badRequest(`VPC "${vpc.name}" (${vpc.id}) still holds ${left.join('; ')}; remove them before deleting the VPC`);
}

function deleteVpc(ctx: RequestContext) {
  const vpc = getVpc(ctx, ctx.params.vpc_id);
  if (vpc.status === 'creating' || vpc.status === 'deleting') {
    throw badRequest(`VPC "${vpc.name}" (${vpc.id}) is ${vpc.status}; wait for its task to end`);
  }
  assertEmpty(ctx, vpc);
  const before = vpc.status;
  vpc.status = 'deleting';
  const task = startTask(ctx, {
    action: '删除VPC网络', objectType: 'VPC网络', objectId: vpc.id, objectName: vpc.name, azId: vpc.az_id, projectId: vpc.project_id,
    onFinish: () => {
      assertEmpty(ctx, vpc);
      removeVpc(ctx, vpc);
    },
    onFailure: () => void (vpc.status = before),
  });
  return ok({ task_id: task.id });
}

/** VPC routes (catalog §4.11.1). Port maps stay undocumented-in-simulator (501). */
export function vpcRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/vpcs'], roles: ADMIN_AND_TENANT, summary: 'VPC list',
      handler: (ctx) => ok(listPage(visibleTo(ctx.principal, ctx.store.vpcs.values()), ctx.query, {
        filters: { id: eq('id'), name: eq('name'), az_id: eq('az_id'), project_id: eq('project_id'), status: eq('status'), keywords: contains('name') },
        sortable: ['name', 'status', 'az_id', 'project_id', 'created_at'],
        render: renderVpc,
      })),
    },
    { method: 'POST', paths: ['/janus/20180725/vpcs'], roles: ADMIN_AND_TENANT, summary: 'create a VPC (task; one per tenant per AZ)', handler: createVpc },
    { method: 'DELETE', paths: ['/janus/20180725/vpcs/{vpc_id}'], roles: ADMIN_AND_TENANT, summary: 'delete an empty VPC (task)', handler: deleteVpc },
  ];
}
