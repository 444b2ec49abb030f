import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { parseBody } from '../../http/validate';
import { parseCidr } from '../../state/ip';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { isoTime } from '../../state/time';
import type { Subnet } from '../../state/types';
import { checkAllocationPools, checkInUseInside, prefixToNetmask } from './address-rules';
import { getActiveVpc, getSubnet, portHolder, portsOn, visibleSubnets } from './lookup';
import { AllocationPoolsSchema, Description, Flag, Name } from './schemas';
import { assertImmutable, assertNameFree, assertSubnetLimit, checkNewSubnet } from './subnet-rules';

const SubnetCreateSchema = z.object({
  name: Name,
  description: Description.optional(),
  vpc_id: z.string().min(1).optional(),
  /** The create sample sends the VPC id as `netdomain_id` (catalog §9.6). */
  netdomain_id: z.string().min(1).optional(),
  enable_dhcp: Flag.optional(),
  gateway_ip: z.string().min(1),
  cidr: z.string().min(1),
  allocation_pools: AllocationPoolsSchema,
});

const SubnetEditSchema = z.object({
  name: Name.optional(),
  description: Description.optional(),
  enable_dhcp: Flag.optional(),
  allocation_pools: AllocationPoolsSchema.optional(),
  cidr: z.string().optional(),
  gateway_ip: z.string().optional(),
});

/** List and detail item (catalog §4.11.2). */
function renderSubnet(s: Subnet) {
  return {
    id: s.id, name: s.name, description: s.description, az_id: s.az_id, project_id: s.project_id, vpc_id: s.vpc_id, cidr: s.cidr,
    status: s.status, gateway_ip: s.gateway_ip, is_visible: s.is_visible, enable_dhcp: s.enable_dhcp, shared: s.shared,
    allocation_pools: s.allocation_pools,
  };
}

/**
 * Create and edit answer with the object plus ip_version, netmask and times.
 * The samples spell the times `created_at`/`updated_at` (tables: `create_at`) and
 * the edit sample calls the VPC `netdomain_id`; we answer with the list's names.
 */
function renderSubnetObject(s: Subnet) {
  return { ...renderSubnet(s), ip_version: 4, netmask: prefixToNetmask(parseCidr(s.cidr)!.prefix), created_at: s.created_at, updated_at: s.updated_at };
}

function createSubnet(ctx: RequestContext) {
  const body = parseBody(SubnetCreateSchema, ctx.body);
  const vpcId = body.vpc_id ?? body.netdomain_id;
  if (!vpcId) throw badRequest('vpc_id is required (netdomain_id is accepted as an alias)');
  const vpc = getActiveVpc(ctx, vpcId);
  assertSubnetLimit(ctx, vpc.project_id);
  const c = checkNewSubnet(ctx, vpc, body);
  assertNameFree(ctx, vpc.id, body.name);
  const at = isoTime(ctx.now);
  const subnet: Subnet = {
    id: ctx.store.ids.uuid(), name: body.name, description: body.description ?? null, az_id: vpc.az_id, project_id: vpc.project_id,
    vpc_id: vpc.id, cidr: c.cidr, gateway_ip: body.gateway_ip, status: 'active', is_visible: 1, enable_dhcp: body.enable_dhcp ?? 1,
    shared: 0, allocation_pools: body.allocation_pools, created_at: at, updated_at: at,
  };
  ctx.store.subnets.set(subnet.id, subnet);
  ctx.store.ipam.define(subnet.id, subnet.allocation_pools, [subnet.gateway_ip]);
  return created(renderSubnetObject(subnet));
}

function editSubnet(ctx: RequestContext) {
  const subnet = getSubnet(ctx, ctx.params.subnet_id);
  const body = parseBody(SubnetEditSchema, ctx.body);
  assertImmutable('cidr', subnet.cidr, body.cidr);
  assertImmutable('gateway_ip', subnet.gateway_ip, body.gateway_ip);
  if (body.name !== undefined) assertNameFree(ctx, subnet.vpc_id, body.name, subnet.id);
  if (body.allocation_pools) {
    checkAllocationPools(parseCidr(subnet.cidr)!, subnet.gateway_ip, body.allocation_pools);
    checkInUseInside(body.allocation_pools, portsOn(ctx, subnet.id).map((p) => ({ ip: p.ip_address, by: portHolder(ctx, p) })));
    ctx.store.ipam.define(subnet.id, body.allocation_pools, [subnet.gateway_ip]);
    subnet.allocation_pools = body.allocation_pools;
  }
  if (body.name !== undefined) subnet.name = body.name;
  if (body.description !== undefined) subnet.description = body.description;
  if (body.enable_dhcp !== undefined) subnet.enable_dhcp = body.enable_dhcp;
  subnet.updated_at = isoTime(ctx.now);
  return ok(renderSubnetObject(subnet));
}

function deleteSubnet(ctx: RequestContext) {
  const subnet = getSubnet(ctx, ctx.params.subnet_id);
  const ports = portsOn(ctx, subnet.id);
  if (ports.length) {
    const named = ports.slice(0, 3).map((p) => portHolder(ctx, p)).join(', ');
    throw badRequest(`subnet "${subnet.name}" (${subnet.id}) is in use by ${ports.length} port(s), e.g. ${named}; remove them first`);
  }
  ctx.store.ipam.drop(subnet.id);
  ctx.store.subnets.delete(subnet.id);
  return { status: 204 };
}

/** Subnet routes (catalog §4.11.2). Create and edit are synchronous. */
export function subnetRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/subnets'], roles: ADMIN_AND_TENANT, summary: 'subnet list (tenants never see hidden subnets)',
      handler: (ctx) => ok(listPage(visibleSubnets(ctx), ctx.query, {
        filters: {
          name: eq('name'), az_id: eq('az_id'), vpc_id: eq('vpc_id'), project_id: eq('project_id'), keywords: contains('name'), is_visible: eq('is_visible'),
        },
        sortable: ['name', 'cidr', 'status', 'created_at', 'az_id', 'vpc_id'],
        render: renderSubnet,
      })),
    },
    {
      method: 'GET', paths: ['/janus/20180725/subnets/{subnet_id}'], roles: ADMIN_AND_TENANT, summary: 'subnet detail',
      handler: (ctx) => ok(renderSubnet(getSubnet(ctx, ctx.params.subnet_id))),
    },
    { method: 'POST', paths: ['/janus/20180725/subnets'], roles: ADMIN_AND_TENANT, summary: 'create a subnet (sync)', handler: createSubnet },
    { method: 'PUT', paths: ['/janus/20180725/subnets/{subnet_id}'], roles: ADMIN_AND_TENANT, summary: 'edit a subnet (name, description, DHCP, pools)', handler: editSubnet },
    { method: 'DELETE', paths: ['/janus/20180725/subnets/{subnet_id}'], roles: ADMIN_AND_TENANT, summary: 'delete an unused subnet', handler: deleteSubnet },
  ];
}
