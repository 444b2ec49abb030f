import type { RouteSpec } from '../../http/context';
import { floatingIpBindingRoutes } from './floating-ip-binding';
import { floatingIpPoolSubnetRoutes } from './floating-ip-pool-subnets';
import { floatingIpPoolRoutes } from './floating-ip-pools';
import { floatingIpRoutes } from './floating-ips';
import { lineTypeRoutes } from './line-types';
import { portRoutes } from './ports';
import { subnetRoutes } from './subnets';
import { vpcRoutes } from './vpcs';

/** Networking (catalog §4.11.1–4.11.6): VPCs, subnets, ports, line types, floating-IP pools and floating IPs. */
export function networkRoutes(): RouteSpec[] {
  return [
    ...vpcRoutes(),
    ...subnetRoutes(),
    ...portRoutes(),
    ...lineTypeRoutes(),
    ...floatingIpPoolRoutes(),
    ...floatingIpPoolSubnetRoutes(),
    ...floatingIpRoutes(),
    ...floatingIpBindingRoutes(),
  ];
}
