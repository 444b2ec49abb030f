import { z } from 'zod';
import { badRequest, notFound } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { getVisible } from '../../state/scope';
import { isoTime } from '../../state/time';
import type { FloatingIp, FloatingIpBinding, Port, Vpc } from '../../state/types';
import { startTask } from '../../tasks/start';
import { getActiveVpc, portHolder } from './lookup';
import { poolServesAz } from './pool-lookup';

const BindSchema = z.object({
  vpc_id: z.string().min(1),
  port_id: z.string().min(1).optional(),
  ip_address: z.string().min(1).optional(),
});

const getFip = (ctx: RequestContext) => getVisible(ctx.principal, ctx.store.floatingIps, ctx.params.floatingip_id, 'floating IP');

/** The port to bind: named by `port_id`, or found by `ip_address`, in the given VPC. */
function targetPort(ctx: RequestContext, vpc: Vpc, body: z.infer<typeof BindSchema>): Port {
  if (!body.port_id && !body.ip_address) throw badRequest('give port_id or ip_address of the NIC to bind to');
  const port = body.port_id
    ? ctx.store.ports.get(body.port_id)
    : [...ctx.store.ports.values()].find((p) => p.vpc_id === vpc.id && p.ip_address === body.ip_address);
  if (!port || port.project_id !== vpc.project_id) throw notFound(`port in VPC ${vpc.id}:`, body.port_id ?? body.ip_address!);
  if (port.vpc_id !== vpc.id) throw badRequest(`port ${port.id} is in VPC ${port.vpc_id}, not in vpc_id ${vpc.id}`);
  if (body.ip_address && port.ip_address !== body.ip_address) throw badRequest(`port ${port.id} has IP ${port.ip_address}, not ip_address ${body.ip_address}`);
  return port;
}

/** Refuses a second floating IP on the same port or server: a server shows one `floatingip`. */
function assertFree(ctx: RequestContext, port: Port, deviceId: string): void {
  for (const other of ctx.store.floatingIps.values()) {
    if (other.binding && (other.binding.port_id === port.id || (deviceId && other.binding.device_id === deviceId))) {
      throw badRequest(`${portHolder(ctx, port)} already has floating IP ${other.floating_ip} (${other.id}) bound; unbind it first`);
    }
  }
}

function bind(ctx: RequestContext) {
  const fip = getFip(ctx);
  const body = parseBody(BindSchema, ctx.body);
  if (fip.binding) throw badRequest(`floating IP ${fip.floating_ip} is already bound to ${fip.binding.ip_address} (status ${fip.binding.status}); unbind it first`);
  const vpc = getActiveVpc(ctx, body.vpc_id);
  if (vpc.project_id !== fip.project_id) throw badRequest(`VPC ${vpc.id} belongs to another tenant than floating IP ${fip.id}`);
  const port = targetPort(ctx, vpc, body);
  const server = port.device_type === 'vm' ? ctx.store.servers.get(port.device_id) : undefined;
  if (server?.in_recycle_bin) throw badRequest(`server "${server.name}" (${server.id}) is in the recycle bin; restore it first`);
  assertFree(ctx, port, port.device_id);
  const pool = ctx.store.floatingIpPools.get(fip.floatingip_pool_id);
  if (pool && !poolServesAz(pool, vpc.az_id)) throw badRequest(`floating-IP pool "${pool.name}" does not serve AZ ${vpc.az_id} of VPC ${vpc.id}`);
  const binding: FloatingIpBinding = {
    bind_type: 'vm', vpc_id: vpc.id, port_id: port.id, ip_address: port.ip_address, bind_id: ctx.store.ids.uuid(), device_id: port.device_id,
    az_id: vpc.az_id,
    status: 'creating', created_at: isoTime(ctx.now),
  };
  fip.binding = binding;
  // The server shows the floating IP (with bind_status creating) from the start, as servers created with one do.
  if (server) server.floatingip_id = fip.id;
  const task = startTask(ctx, {
    action: '绑定弹性IP', objectType: '弹性IP', objectId: fip.id, objectName: fip.floating_ip, azId: vpc.az_id, projectId: fip.project_id,
    onFinish: () => {
      if (!ctx.store.ports.has(port.id)) throw badRequest(`port ${port.id} was removed while the floating IP was being bound`);
      binding.status = 'active';
    },
    onFailure: () => {
      if (fip.binding === binding) clearBinding(ctx, fip);
    },
  });
  return created({ task_id: task.id });
}

/** Clears both sides of a binding: the floating IP's and the server's. */
function clearBinding(ctx: RequestContext, fip: FloatingIp): void {
  const server = fip.binding ? ctx.store.servers.get(fip.binding.device_id) : undefined;
  if (server?.floatingip_id === fip.id) server.floatingip_id = '';
  fip.binding = null;
  fip.updated_at = isoTime(Date.now());
}

function unbind(ctx: RequestContext) {
  const fip = getFip(ctx);
  const binding = fip.binding;
  if (!binding) throw badRequest(`floating IP ${fip.floating_ip} (${fip.id}) is not bound`);
  if (binding.status !== 'active') throw badRequest(`floating IP ${fip.floating_ip} binding is ${binding.status}; wait for its task to end`);
  binding.status = 'deleting';
  const task = startTask(ctx, {
    action: '解绑弹性IP', objectType: '弹性IP', objectId: fip.id, objectName: fip.floating_ip, azId: binding.az_id, projectId: fip.project_id,
    onFinish: () => clearBinding(ctx, fip),
    onFailure: () => void (binding.status = 'active'),
  });
  return ok({ task_id: task.id });
}

/** Bind (201) and unbind (DELETE, 200) a floating IP: both tasks (catalog §4.11.6). */
export function floatingIpBindingRoutes(): RouteSpec[] {
  return [
    { method: 'POST', paths: ['/janus/20180725/floatingips/{floatingip_id}/binding'], roles: ADMIN_AND_TENANT, summary: 'bind a floating IP to a NIC (task)', handler: bind },
    { method: 'DELETE', paths: ['/janus/20180725/floatingips/{floatingip_id}/unbinding'], roles: ADMIN_AND_TENANT, summary: 'unbind a floating IP (task)', handler: unbind },
  ];
}
