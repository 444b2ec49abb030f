import 'server-only';
import { floatingIpPools, floatingIps, lineTypes, subnets, vpcs } from '@/lib/scp';
import { all, bodyIds, NO_TENANT_DATA, OWN_PROJECT_IN_BODY, ownAnswer, ownedParam, projectFilter, type Confinement } from '../confine';
import { route, type RouteDeclaration } from '../declaration';
import { notFound } from '../errors';
import { floatingIpOwner, subnetOwner, vpcOwner } from '../owners';
import { forcedToOwn, notOffered, ownPorts, ownSubnets, ownVpcs, platformData, projectAzs } from './id-rules';

const OWN_SUBNET = ownedParam('subnet_id', subnetOwner, 'subnet');
const OWN_FLOATING_IP = ownedParam('floatingip_id', floatingIpOwner, 'floating IP');

/** A VPC goes to the user's project, in one of its AZs. */
const VPC_CREATE: Confinement = all(OWN_PROJECT_IN_BODY, bodyIds({ az_id: projectAzs, project_id: forcedToOwn, dh_id: notOffered('a dedicated host group') }));

/** A floating IP goes to the user's project, in its AZs, from its own subnet; pools and line types are the platform's. */
const FLOATING_IP_CREATE: Confinement = all(OWN_PROJECT_IN_BODY, bodyIds({
  project_id: forcedToOwn, 'az_ids.*': projectAzs, subnet_id: ownSubnets, floatingip_pool_id: platformData, line_type: platformData,
  sharedbandwidth_id: notOffered('a shared bandwidth'),
}));

/** A binding names the user's VPC and a NIC port of one of the user's servers in it. */
const BIND_IDS = bodyIds({ vpc_id: ownVpcs, port_id: ownPorts });

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
  route('POST /api/vpcs', vpcs.create, { confine: VPC_CREATE }),
  // DELETE /api/vpcs/:vpc_id — delete an empty VPC
  route('DELETE /api/vpcs/:vpc_id', vpcs.delete, { confine: ownedParam('vpc_id', vpcOwner, 'VPC') }),
  // GET /api/subnets — subnets (confined users: their visible ones)
  route('GET /api/subnets', subnets.list, { confine: projectFilter({ is_visible: '1' }) }),
  // POST /api/subnets — create a subnet in a VPC
  route('POST /api/subnets', subnets.create, { confine: bodyIds({ vpc_id: ownVpcs }) }),
  // GET /api/subnets/:subnet_id — subnet detail
  route('GET /api/subnets/:subnet_id', subnets.detail, { confine: VISIBLE_OWN_SUBNET }),
  // PUT /api/subnets/:subnet_id — edit name, description, DHCP, address pools
  route('PUT /api/subnets/:subnet_id', subnets.edit, { confine: OWN_SUBNET }),
  // DELETE /api/subnets/:subnet_id — delete an unused subnet
  route('DELETE /api/subnets/:subnet_id', subnets.delete, { confine: OWN_SUBNET }),
  // GET /api/floatingips — floating IPs
  route('GET /api/floatingips', floatingIps.list, { confine: projectFilter() }),
  // POST /api/floatingips — allocate a floating IP
  route('POST /api/floatingips', floatingIps.create, { confine: FLOATING_IP_CREATE }),
  // GET /api/floatingips/:floatingip_id — floating-IP detail
  route('GET /api/floatingips/:floatingip_id', floatingIps.detail, { confine: ownAnswer('floating IP') }),
  // PUT /api/floatingips/:floatingip_id — change the bandwidth
  route('PUT /api/floatingips/:floatingip_id', floatingIps.edit, { confine: OWN_FLOATING_IP }),
  // DELETE /api/floatingips/:floatingip_id — release an unbound floating IP
  route('DELETE /api/floatingips/:floatingip_id', floatingIps.delete, { confine: OWN_FLOATING_IP }),
  // POST /api/floatingips/:floatingip_id/binding — bind to a NIC in a VPC
  route('POST /api/floatingips/:floatingip_id/binding', floatingIps.bind, { confine: all(OWN_FLOATING_IP, BIND_IDS) }),
  // DELETE /api/floatingips/:floatingip_id/unbinding — unbind
  route('DELETE /api/floatingips/:floatingip_id/unbinding', floatingIps.unbind, { confine: OWN_FLOATING_IP }),
  // GET /api/linetypes — line types (SCP answers a tenant with its own availability)
  route('GET /api/linetypes', lineTypes.list, { confine: NO_TENANT_DATA }),
  // GET /api/floatingippools — floating-IP pools (platform admins)
  route('GET /api/floatingippools', floatingIpPools.list),
];
