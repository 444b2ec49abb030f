import 'server-only';
import { all, bodyIds, OWN_PROJECT_IN_BODY, ownAnswer, ownedParam, type Confinement } from '../confine';
import { notFound } from '../errors';
import { floatingIpOwner, subnetOwner, vpcOwner } from '../owners';
import { forcedToOwn, notOffered, ownPorts, ownSubnets, ownVpcs, platformData, projectAzs } from './id-rules';

export const OWN_SUBNET = ownedParam('subnet_id', subnetOwner, 'subnet');
export const OWN_FLOATING_IP = ownedParam('floatingip_id', floatingIpOwner, 'floating IP');

/** A VPC goes to the user's project, in one of its AZs. */
export const VPC_CREATE: Confinement = all(OWN_PROJECT_IN_BODY, bodyIds({ az_id: projectAzs, project_id: forcedToOwn, dh_id: notOffered('a dedicated host group') }));

/** A floating IP goes to the user's project, in its AZs, from its own subnet; pools and line types are the platform's. */
export const FLOATING_IP_CREATE: Confinement = all(OWN_PROJECT_IN_BODY, bodyIds({
  project_id: forcedToOwn, 'az_ids.*': projectAzs, subnet_id: ownSubnets, floatingip_pool_id: platformData, line_type: platformData,
  sharedbandwidth_id: notOffered('a shared bandwidth'),
}));

/** A binding names the user's VPC and a NIC port of one of the user's servers in it. */
const BIND_IDS = bodyIds({ vpc_id: ownVpcs, port_id: ownPorts });

/** SCP's hidden subnets (wan, NFV management) are not shown to tenants. */
export const VISIBLE_OWN_SUBNET: Confinement = all(ownAnswer('subnet'), {
  after: (data) => {
    if ((data as { is_visible?: number }).is_visible === 0) throw notFound('subnet');
  },
});

/** The VPC named by `:vpc_id` must be the user's. */
export const OWN_VPC = ownedParam('vpc_id', vpcOwner, 'VPC');

/** A subnet is created in one of the user's VPCs. */
export const SUBNET_CREATE: Confinement = bodyIds({ vpc_id: ownVpcs });

/** A binding: the user's floating IP, to a NIC of one of the user's servers in the user's VPC. */
export const FLOATING_IP_BIND: Confinement = all(OWN_FLOATING_IP, BIND_IDS);
