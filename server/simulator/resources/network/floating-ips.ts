import { z } from 'zod';
import { badRequest, notFound } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage, type Filter } from '../../http/list';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { actingProject, getVisible, visibleTo } from '../../state/scope';
import { isoTime } from '../../state/time';
import type { FloatingIp, FloatingIpBinding } from '../../state/types';
import { allocateAddress, assertEipCapacity, choosePool } from './floating-ip-allocation';
import { renderFloatingIpDetail, renderFloatingIpItem, renderFloatingIpObject } from './floating-ip-render';
import { FipKbps } from './schemas';

/** Empty strings mean "not given" in the create sample (`"sharedbandwidth_id": ""`). */
const optionalId = z.string().optional().transform((v) => (v === '' ? undefined : v));

const Bandwidth = z.object({ qos_uplink: FipKbps, qos_downlink: FipKbps });

const FipCreateSchema = z.object({
  project_id: z.string().min(1),
  az_ids: z.array(z.string()).optional(),
  floating_ip: optionalId,
  subnet_id: optionalId,
  line_type: optionalId,
  floatingip_pool_id: optionalId,
  sharedbandwidth_id: optionalId,
  bandwidth: Bandwidth.optional(),
});

const FipEditSchema = z.object({ qos_uplink: FipKbps.optional(), qos_downlink: FipKbps.optional() });

/** SCP allows only symmetric floating-IP bandwidth (seed L30694). */
function assertSymmetric(up: number, down: number): void {
  if (up !== down) throw badRequest(`qos_uplink (${up}) and qos_downlink (${down}) must be equal`);
}

const onBinding = (key: keyof FloatingIpBinding): Filter<FloatingIp> => (f, value) => f.binding !== null && String(f.binding[key]) === value;

function listFloatingIps(version: 2018 | 2019) {
  return (ctx: RequestContext) => ok(listPage(visibleTo(ctx.principal, ctx.store.floatingIps.values()), ctx.query, {
    filters: {
      router_id: onBinding('vpc_id'), project_id: eq('project_id'), floating_ip: eq('floating_ip'), keywords: contains('floating_ip'),
      // The table says floating_ip_pool_id, the sample floatingip_pool_id (catalog §9.6).
      floating_ip_pool_id: eq('floatingip_pool_id'), floatingip_pool_id: eq('floatingip_pool_id'),
      bind_vpc_id: onBinding('vpc_id'), bind_az_id: onBinding('az_id'), bind_type: onBinding('bind_type'),
    },
    sortable: ['floating_ip', 'created_at', 'project_id', 'floatingip_pool_id'],
    render: (f) => renderFloatingIpItem(ctx.store, f, version),
  }));
}

function createFloatingIp(ctx: RequestContext) {
  const body = parseBody(FipCreateSchema, ctx.body);
  const projectId = actingProject(ctx.principal, body.project_id);
  const project = ctx.store.projects.get(projectId);
  if (!project) throw notFound('project', projectId);
  // Shared bandwidth is not modelled, so no id can name an existing one.
  if (body.sharedbandwidth_id) throw notFound('shared bandwidth', body.sharedbandwidth_id);
  if (!body.bandwidth) throw badRequest('bandwidth {qos_uplink, qos_downlink} is required when no sharedbandwidth_id is given');
  assertSymmetric(body.bandwidth.qos_uplink, body.bandwidth.qos_downlink);
  const pool = choosePool(ctx, body, project);
  assertEipCapacity(ctx, project.id, pool, { count: 1, kbps: body.bandwidth.qos_uplink });
  const { subnet, ip } = allocateAddress(ctx, pool, body);
  const at = isoTime(ctx.now);
  const fip: FloatingIp = {
    id: ctx.store.ids.uuid(), project_id: project.id, floating_ip: ip, floatingip_pool_id: pool.id, subnet_id: subnet.id,
    floating_port_id: ctx.store.ids.uuid(), sharedbandwidth_id: '', qos_uplink: body.bandwidth.qos_uplink, qos_downlink: body.bandwidth.qos_downlink,
    binding: null, created_at: at, updated_at: at,
  };
  ctx.store.floatingIps.set(fip.id, fip);
  return created(renderFloatingIpObject(fip));
}

/** Bandwidth edit: one value given sets both; two must agree (seed L30694). */
function editFloatingIp(ctx: RequestContext) {
  const fip = getVisible(ctx.principal, ctx.store.floatingIps, ctx.params.floatingip_id, 'floating IP');
  const body = parseBody(FipEditSchema, ctx.body);
  const kbps = body.qos_uplink ?? body.qos_downlink;
  if (kbps === undefined) throw badRequest('give qos_uplink and/or qos_downlink (kbps)');
  assertSymmetric(kbps, body.qos_downlink ?? kbps);
  const pool = ctx.store.floatingIpPools.get(fip.floatingip_pool_id);
  if (pool) assertEipCapacity(ctx, fip.project_id, pool, { count: 0, kbps: kbps - fip.qos_uplink });
  Object.assign(fip, { qos_uplink: kbps, qos_downlink: kbps, updated_at: isoTime(ctx.now) });
  return ok(renderFloatingIpObject(fip));
}

function deleteFloatingIp(ctx: RequestContext) {
  const fip = getVisible(ctx.principal, ctx.store.floatingIps, ctx.params.floatingip_id, 'floating IP');
  if (fip.binding) throw badRequest(`floating IP ${fip.floating_ip} (${fip.id}) is bound to ${fip.binding.ip_address} in VPC ${fip.binding.vpc_id}; unbind it first`);
  ctx.store.ipam.release(fip.subnet_id, fip.floating_ip);
  ctx.store.floatingIps.delete(fip.id);
  return { status: 204 };
}

/** Floating-IP routes except binding (catalog §4.11.6). */
export function floatingIpRoutes(): RouteSpec[] {
  const one = '/janus/20180725/floatingips/{floatingip_id}';
  return [
    { method: 'GET', paths: ['/janus/20180725/floatingips'], roles: ADMIN_AND_TENANT, summary: 'floating-IP list (bandwidth *_kbps)', handler: listFloatingIps(2018) },
    { method: 'GET', paths: ['/janus/20190725/floatingips'], roles: ADMIN_AND_TENANT, summary: 'floating-IP list (+ binding_info.device_name)', handler: listFloatingIps(2019) },
    {
      method: 'GET', paths: [one], roles: ADMIN_AND_TENANT, summary: 'floating-IP detail',
      handler: (ctx) => ok(renderFloatingIpDetail(ctx.store, getVisible(ctx.principal, ctx.store.floatingIps, ctx.params.floatingip_id, 'floating IP'))),
    },
    { method: 'POST', paths: ['/janus/20180725/floatingips'], roles: ADMIN_AND_TENANT, summary: 'allocate a floating IP (sync)', handler: createFloatingIp },
    { method: 'PUT', paths: [one], roles: ADMIN_AND_TENANT, summary: 'edit floating-IP bandwidth (up = down)', handler: editFloatingIp },
    { method: 'DELETE', paths: [one], roles: ADMIN_AND_TENANT, summary: 'release an unbound floating IP', handler: deleteFloatingIp },
  ];
}
