import 'server-only';
import { floatingIpPools, floatingIps, lineTypes, subnets, vpcs, type FloatingIpBindSchema, type SubnetCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import { all, NO_TENANT_DATA, OWN_PROJECT_IN_BODY, ownAnswer, ownedParam, projectFilter, type Confinement } from '../confine';
import { route, type RouteDeclaration } from '../declaration';
import { notFound } from '../errors';
import { assertOwnNetworks, floatingIpOwner, subnetOwner, vpcOwner } from '../owners';

const OWN_SUBNET = ownedParam('subnet_id', subnetOwner, 'subnet');
const OWN_FLOATING_IP = ownedParam('floatingip_id', floatingIpOwner, 'floating IP');

/** Subnet create and floating-IP binding name a VPC, which must be the user's. */
const OWN_VPC_IN_BODY: Confinement = {
  before: (c) => assertOwnNetworks(c, [{ vpc_id: (c.body as z.output<typeof SubnetCreateSchema> | z.output<typeof FloatingIpBindSchema>).vpc_id }]),
};

/** SCP's hidden subnets (wan, NFV management) are not shown to tenants. */
const VISIBLE_OWN_SUBNET: Confinement = all(ownAnswer('subnet'), {
  after: (data) => {
    if ((data as { is_visible?: number }).is_visible === 0) throw notFound('subnet');
  },
});

/** VPCs, subnets and floating IPs. */
export const networkRoutes: RouteDeclaration[] = [
  // GET /api/vpcs — VPCs
  route('GET /api/vpcs', vpcs.list, { confine: projectFilter() }),
  // POST /api/vpcs — create a VPC (one per tenant per AZ; the id comes with the task)
  route('POST /api/vpcs', vpcs.create, { confine: OWN_PROJECT_IN_BODY }),
  // DELETE /api/vpcs/:vpc_id — delete an empty VPC
  route('DELETE /api/vpcs/:vpc_id', vpcs.delete, { confine: ownedParam('vpc_id', vpcOwner, 'VPC') }),
  // GET /api/subnets — subnets (confined users: their visible ones)
  route('GET /api/subnets', subnets.list, { confine: projectFilter({ is_visible: '1' }) }),
  // POST /api/subnets — create a subnet in a VPC
  route('POST /api/subnets', subnets.create, { confine: OWN_VPC_IN_BODY }),
  // GET /api/subnets/:subnet_id — subnet detail
  route('GET /api/subnets/:subnet_id', subnets.detail, { confine: VISIBLE_OWN_SUBNET }),
  // PUT /api/subnets/:subnet_id — edit name, description, DHCP, address pools
  route('PUT /api/subnets/:subnet_id', subnets.edit, { confine: OWN_SUBNET }),
  // DELETE /api/subnets/:subnet_id — delete an unused subnet
  route('DELETE /api/subnets/:subnet_id', subnets.delete, { confine: OWN_SUBNET }),
  // GET /api/floatingips — floating IPs
  route('GET /api/floatingips', floatingIps.list, { confine: projectFilter() }),
  // POST /api/floatingips — allocate a floating IP
  route('POST /api/floatingips', floatingIps.create, { confine: OWN_PROJECT_IN_BODY }),
  // GET /api/floatingips/:floatingip_id — floating-IP detail
  route('GET /api/floatingips/:floatingip_id', floatingIps.detail, { confine: ownAnswer('floating IP') }),
  // PUT /api/floatingips/:floatingip_id — change the bandwidth
  route('PUT /api/floatingips/:floatingip_id', floatingIps.edit, { confine: OWN_FLOATING_IP }),
  // DELETE /api/floatingips/:floatingip_id — release an unbound floating IP
  route('DELETE /api/floatingips/:floatingip_id', floatingIps.delete, { confine: OWN_FLOATING_IP }),
  // POST /api/floatingips/:floatingip_id/binding — bind to a NIC in a VPC
  route('POST /api/floatingips/:floatingip_id/binding', floatingIps.bind, { confine: all(OWN_FLOATING_IP, OWN_VPC_IN_BODY) }),
  // DELETE /api/floatingips/:floatingip_id/unbinding — unbind
  route('DELETE /api/floatingips/:floatingip_id/unbinding', floatingIps.unbind, { confine: OWN_FLOATING_IP }),
  // GET /api/linetypes — line types (SCP answers a tenant with its own availability)
  route('GET /api/linetypes', lineTypes.list, { confine: NO_TENANT_DATA }),
  // GET /api/floatingippools — floating-IP pools (platform admins)
  route('GET /api/floatingippools', floatingIpPools.list),
];
