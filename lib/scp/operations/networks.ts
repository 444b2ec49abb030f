import { z } from 'zod';
import { ADMIN, ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { NoContentSchema, QueryFlag, TaskStartedSchema } from '../schemas/common';
import { Hex32, Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import {
  FloatingIpBindSchema, FloatingIpCreateSchema, FloatingIpEditSchema, FloatingIpPoolSchema, FloatingIpSchema, LineTypeSchema, SubnetCreateSchema, SubnetEditSchema, SubnetSchema,
  VpcCreateSchema, VpcSchema,
} from '../schemas/network';

const v = '20180725';
const Text = z.string().max(100);

/** VPCs, catalog §4.11.1. */
export const vpcs = {
  list: scpListOperation({
    console: 'GET /api/vpcs',
    name: 'vpcs.list', summary: 'VPCs', version: v, path: '/vpcs', roles: ADMIN_TENANT, item: VpcSchema,
    query: listQuery({ id: Uuid.optional(), name: Text.optional(), keywords: Text.optional(), az_id: Uuid.optional(), project_id: Hex32.optional(), status: Text.optional() }),
  }),
  create: scpOperation({ console: 'POST /api/vpcs', name: 'vpcs.create', summary: 'create a VPC (one per tenant per AZ)', method: 'POST', version: v, path: '/vpcs', roles: ADMIN_TENANT, body: VpcCreateSchema, response: TaskStartedSchema, task: true }),
  delete: scpOperation({ console: 'DELETE /api/vpcs/:vpc_id', name: 'vpcs.delete', summary: 'delete an empty VPC', method: 'DELETE', version: v, path: '/vpcs/{vpc_id}', roles: ADMIN_TENANT, response: TaskStartedSchema, task: true }),
};

const subnetPath = '/subnets/{subnet_id}';

/** Subnets, catalog §4.11.2. */
export const subnets = {
  list: scpListOperation({
    console: 'GET /api/subnets',
    name: 'subnets.list', summary: 'subnets', version: v, path: '/subnets', roles: ADMIN_TENANT, item: SubnetSchema, drift: 'subnet',
    query: listQuery({
      name: Text.optional(), keywords: Text.optional(), az_id: Uuid.optional(), vpc_id: Uuid.optional(), project_id: Hex32.optional(), is_visible: QueryFlag.optional(),
    }),
  }),
  detail: scpOperation({ console: 'GET /api/subnets/:subnet_id', name: 'subnets.detail', summary: 'subnet detail', method: 'GET', version: v, path: subnetPath, roles: ADMIN_TENANT, response: SubnetSchema, drift: 'subnet' }),
  create: scpOperation({ console: 'POST /api/subnets', name: 'subnets.create', summary: 'create a subnet', method: 'POST', version: v, path: '/subnets', roles: ADMIN_TENANT, body: SubnetCreateSchema, response: SubnetSchema, drift: 'subnet' }),
  edit: scpOperation({ console: 'PUT /api/subnets/:subnet_id', name: 'subnets.edit', summary: 'edit a subnet', method: 'PUT', version: v, path: subnetPath, roles: ADMIN_TENANT, body: SubnetEditSchema, response: SubnetSchema, drift: 'subnet' }),
  delete: scpOperation({ console: 'DELETE /api/subnets/:subnet_id', name: 'subnets.delete', summary: 'delete an unused subnet', method: 'DELETE', version: v, path: subnetPath, roles: ADMIN_TENANT, response: NoContentSchema }),
};

const fipPath = '/floatingips/{floatingip_id}';

/** Floating IPs (弹性 IP), catalog §4.11.6. */
export const floatingIps = {
  list: scpListOperation({
    console: 'GET /api/floatingips',
    // 20190725 (SCP 6.8.80+) adds binding_info.device_name: the bound server's name without a second read; an older SCP gets 20180725.
    name: 'floatingIps.list', summary: 'floating IPs', version: '20190725', olderVersion: v, path: '/floatingips', roles: ADMIN_TENANT, item: FloatingIpSchema, drift: 'floatingIp',
    query: listQuery({
      project_id: Hex32.optional(),
      floating_ip: z.string().max(64).optional(),
      floatingip_pool_id: Uuid.optional(),
      bind_vpc_id: Uuid.optional(),
      bind_az_id: Uuid.optional(),
      bind_type: z.enum(['vm', 'router_primary', 'router_second']).optional(),
      keywords: Text.optional(),
    }),
  }),
  detail: scpOperation({ console: 'GET /api/floatingips/:floatingip_id', name: 'floatingIps.detail', summary: 'floating-IP detail', method: 'GET', version: v, path: fipPath, roles: ADMIN_TENANT, response: FloatingIpSchema, drift: 'floatingIp' }),
  create: scpOperation({
    console: 'POST /api/floatingips',
    name: 'floatingIps.create', summary: 'allocate a floating IP', method: 'POST', version: v, path: '/floatingips', roles: ADMIN_TENANT,
    body: FloatingIpCreateSchema, response: FloatingIpSchema, drift: 'floatingIp',
  }),
  bind: scpOperation({
    console: 'POST /api/floatingips/:floatingip_id/binding',
    name: 'floatingIps.bind', summary: 'bind a floating IP to a NIC', method: 'POST', version: v, path: `${fipPath}/binding`, roles: ADMIN_TENANT,
    body: FloatingIpBindSchema, response: TaskStartedSchema, task: true,
  }),
  unbind: scpOperation({ console: 'DELETE /api/floatingips/:floatingip_id/unbinding', name: 'floatingIps.unbind', summary: 'unbind a floating IP', method: 'DELETE', version: v, path: `${fipPath}/unbinding`, roles: ADMIN_TENANT, response: TaskStartedSchema, task: true }),
  edit: scpOperation({
    console: 'PUT /api/floatingips/:floatingip_id',
    name: 'floatingIps.edit', summary: 'change a floating IP\'s bandwidth', method: 'PUT', version: v, path: fipPath, roles: ADMIN_TENANT,
    body: FloatingIpEditSchema, response: FloatingIpSchema, drift: 'floatingIp',
  }),
  delete: scpOperation({ console: 'DELETE /api/floatingips/:floatingip_id', name: 'floatingIps.delete', summary: 'release an unbound floating IP', method: 'DELETE', version: v, path: fipPath, roles: ADMIN_TENANT, response: NoContentSchema }),
};

/** Line types (线路类型), catalog §4.11.4: their own envelope, no paging. `available_only`: those with a floating-IP pool and quota. */
export const lineTypes = {
  list: scpOperation({
    console: 'GET /api/linetypes',
    name: 'lineTypes.list', summary: 'line types of floating IPs', method: 'GET', version: v, path: '/linetypes', roles: ADMIN_TENANT,
    query: z.strictObject({ az_id: Uuid.optional(), available_only: z.enum(['true', 'false']).optional(), name: Text.optional() }),
    response: z.looseObject({ linetypes: z.array(LineTypeSchema) }),
  }),
};

/** Floating-IP pools (弹性IP池), catalog §4.11.5: platform admins only. The list is documented only as `floatingipools` (catalog §9.1). */
export const floatingIpPools = {
  list: scpListOperation({
    console: 'GET /api/floatingippools',
    name: 'floatingIpPools.list', summary: 'floating-IP pools', version: v, path: '/floatingipools', roles: ADMIN, item: FloatingIpPoolSchema,
    query: listQuery({ name: Text.optional(), line_type_id: Uuid.optional() }),
  }),
};
