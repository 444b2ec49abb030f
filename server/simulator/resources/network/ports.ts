import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { eq, listPage, type Filter } from '../../http/list';
import { parseBody } from '../../http/validate';
import { contains as cidrContains, ipToInt, parseCidr } from '../../state/ip';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { getVisible, visibleTo } from '../../state/scope';
import { isoTime } from '../../state/time';
import type { Port, Subnet, Vpc } from '../../state/types';
import { getActiveVpc, getSubnet, portHolder, visibleSubnets } from './lookup';
import { Flag } from './schemas';

/** The create sample sends `""` for every optional field it leaves unset. */
const optional = z.string().optional().transform((v) => (v === '' ? undefined : v));

const PortCreateSchema = z.object({
  vpc_id: z.string().min(1),
  device_id: optional,
  device_owner: optional,
  device_type: optional,
  subnet_id: optional,
  ips_info: z.array(z.object({ ip_address: z.string().min(1) })).max(1).optional(),
  mac_address: optional.refine((v) => v === undefined || /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(v), 'must look like fe:fc:fe:12:34:56'),
  name: z.string().max(99).optional(),
  vif_id: optional,
  admin_status_up: z.union([Flag, z.boolean(), z.literal('')]).optional(),
  custom_gateway_ip: optional,
});

function deviceName(ctx: RequestContext, p: Port): string {
  return p.device_type === 'vm' ? ctx.store.servers.get(p.device_id)?.name ?? '' : '';
}

/** List item (catalog §4.11.3): 2018 has `admin_status_up` as a boolean, 2019 as 0/1 plus `device_name`. */
function renderPort(ctx: RequestContext, p: Port, version: 2018 | 2019) {
  const item = {
    id: p.id, name: p.name, vpc_id: p.vpc_id, subnet_id: p.subnet_id, admin_status_up: p.admin_status_up as boolean | number,
    device_owner: p.device_owner, project_id: p.project_id, az_id: p.az_id, device_id: p.device_id, device_type: p.device_type,
    mac_address: p.mac_address, ips_info: [{ ip_address: p.ip_address }],
  };
  if (version === 2018) return item;
  return { ...item, admin_status_up: p.admin_status_up ? 1 : 0, device_name: deviceName(ctx, p) };
}

const ipFilter: Filter<Port> = (p, value) => p.ip_address === value;

function listPorts(version: 2018 | 2019) {
  return (ctx: RequestContext) => ok(listPage(visibleTo(ctx.principal, ctx.store.ports.values()), ctx.query, {
    filters: {
      ip_address: ipFilter, subnet_id: eq('subnet_id'), subnet_ids: eq('subnet_id'), az_id: eq('az_id'), project_id: eq('project_id'),
      vpc_id: eq('vpc_id'), device_id: eq('device_id'), vif_id: eq('vif_id'),
    },
    sortable: ['name', 'created_at', 'device_type', 'subnet_id'],
    render: (p) => renderPort(ctx, p, version),
  }));
}

/** The subnet a new port goes on: the one named, or the one of the VPC holding the requested address. */
function portSubnet(ctx: RequestContext, vpc: Vpc, subnetId: string | undefined, ip: string | undefined): Subnet {
  if (subnetId) {
    const subnet = getSubnet(ctx, subnetId);
    if (subnet.vpc_id !== vpc.id) throw badRequest(`subnet ${subnet.id} belongs to VPC ${subnet.vpc_id}, not to vpc_id ${vpc.id}`);
    return subnet;
  }
  const n = ip === undefined ? undefined : ipToInt(ip);
  const subnet = n === undefined ? undefined : visibleSubnets(ctx).find((s) => s.vpc_id === vpc.id && cidrContains(parseCidr(s.cidr)!, n));
  if (!subnet) throw badRequest(`give subnet_id, or ips_info with an address inside one of VPC ${vpc.id}'s subnets`);
  return subnet;
}

function createPort(ctx: RequestContext) {
  const body = parseBody(PortCreateSchema, ctx.body);
  const vpc = getActiveVpc(ctx, body.vpc_id);
  const wanted = body.ips_info?.[0]?.ip_address;
  const subnet = portSubnet(ctx, vpc, body.subnet_id, wanted);
  const port: Port = {
    id: ctx.store.ids.uuid(), name: body.name ?? '', vpc_id: vpc.id, subnet_id: subnet.id, project_id: vpc.project_id, az_id: vpc.az_id,
    device_id: body.device_id ?? '', device_type: body.device_type ?? '', device_owner: body.device_owner ?? '', vif_id: body.vif_id ?? '',
    mac_address: body.mac_address ?? ctx.store.ids.mac(), ip_address: ctx.store.ipam.allocate(subnet.id, wanted),
    admin_status_up: body.admin_status_up === undefined || body.admin_status_up === '' ? true : Boolean(body.admin_status_up),
    created_at: isoTime(ctx.now),
  };
  ctx.store.ports.set(port.id, port);
  return created({
    id: port.id, vpc_id: port.vpc_id, project_id: port.project_id, subnet_id: port.subnet_id, custom_gateway_ip: body.custom_gateway_ip ?? null,
    device_id: port.device_id, device_type: port.device_type, mac_address: port.mac_address, name: port.name, az_id: port.az_id,
    admin_status_up: port.admin_status_up, vif_id: port.vif_id, created_at: port.created_at, updated_at: null,
    ips_info: [{ ip_address: port.ip_address }],
  });
}

function deletePort(ctx: RequestContext) {
  const port = getVisible(ctx.principal, ctx.store.ports, ctx.params.port_id, 'port');
  const server = ctx.store.servers.get(port.device_id);
  if (server?.networks.some((n) => n.port_id === port.id)) {
    throw badRequest(`port ${port.id} is NIC ${port.vif_id} of ${portHolder(ctx, port)}; remove the NIC from the server instead`);
  }
  const fip = [...ctx.store.floatingIps.values()].find((f) => f.binding?.port_id === port.id);
  if (fip) throw badRequest(`port ${port.id} has floating IP ${fip.floating_ip} (${fip.id}) bound; unbind it first`);
  ctx.store.ipam.release(port.subnet_id, port.ip_address);
  ctx.store.ports.delete(port.id);
  return { status: 204 };
}

/** Port routes (catalog §4.11.3). */
export function portRoutes(): RouteSpec[] {
  return [
    { method: 'GET', paths: ['/janus/20180725/ports'], roles: ADMIN_AND_TENANT, summary: 'port list', handler: listPorts(2018) },
    { method: 'GET', paths: ['/janus/20190725/ports'], roles: ADMIN_AND_TENANT, summary: 'port list (+ device_name, int admin_status_up)', handler: listPorts(2019) },
    { method: 'POST', paths: ['/janus/20180725/ports'], roles: ADMIN_AND_TENANT, summary: 'create a port (sync)', handler: createPort },
    { method: 'DELETE', paths: ['/janus/20180725/ports/{port_id}'], roles: ADMIN_AND_TENANT, summary: 'delete a port', handler: deletePort },
  ];
}
