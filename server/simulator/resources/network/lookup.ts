import { badRequest, notFound } from '../../errors';
import type { RequestContext } from '../../http/context';
import { getVisible, isAdmin, visibleTo } from '../../state/scope';
import type { Subnet, Vpc } from '../../state/types';

/**
 * Subnets the caller may see. SCP's per-VPC wan and NFV-management subnets
 * (`is_visible` 0) are "invisible to tenants" (seed L26752), so tenants never
 * list or read them; admins see them and can narrow with `is_visible`.
 */
export function visibleSubnets(ctx: RequestContext): Subnet[] {
  const all = visibleTo(ctx.principal, ctx.store.subnets.values());
  return isAdmin(ctx.principal) ? all : all.filter((s) => s.is_visible === 1);
}

/** A subnet the caller may see, or 404. */
export function getSubnet(ctx: RequestContext, id: string): Subnet {
  const subnet = getVisible(ctx.principal, ctx.store.subnets, id, 'subnet');
  if (subnet.is_visible === 0 && !isAdmin(ctx.principal)) throw notFound('subnet', id);
  return subnet;
}

/** A VPC the caller may see, or 404. */
export function getVpc(ctx: RequestContext, id: string): Vpc {
  return getVisible(ctx.principal, ctx.store.vpcs, id, 'VPC');
}

/** A VPC that can take new subnets, ports or bindings: it must be active, not mid-task. */
export function getActiveVpc(ctx: RequestContext, id: string): Vpc {
  const vpc = getVpc(ctx, id);
  if (vpc.status !== 'active') throw badRequest(`VPC "${vpc.name}" (${vpc.id}) is ${vpc.status}; wait until it is active`);
  return vpc;
}

/** Ports on a subnet, with what holds each (for "in use by" messages). */
export function portsOn(ctx: RequestContext, subnetId: string) {
  return [...ctx.store.ports.values()].filter((p) => p.subnet_id === subnetId);
}

/** "server web-01 (id)" or "port p (id)": names what holds an address. */
export function portHolder(ctx: RequestContext, port: { id: string; device_id: string; device_type: string; name: string }): string {
  const server = port.device_type === 'vm' ? ctx.store.servers.get(port.device_id) : undefined;
  return server ? `server "${server.name}" (${server.id})` : `port "${port.name}" (${port.id})`;
}
