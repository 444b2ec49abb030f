import { defaultPools, parseCidr } from './ip';
import type { Store } from './store';
import { isoTime } from './time';

const HIDDEN_SUBNETS = [
  { name: 'wan子网', cidr: '172.31.0.0/24' },
  { name: 'NFV管理子网', cidr: '172.32.0.0/24' },
];

/** Adds a VPC (with SCP's hidden subnets) for a tenant in an AZ. */
export function addVpc(store: Store, projectId: string, azId: string, name: string, now: number) {
  const vpc = { id: store.ids.uuid(), name, description: null, az_id: azId, project_id: projectId, status: 'active' as const, created_at: isoTime(now) };
  store.vpcs.set(vpc.id, vpc);
  for (const h of HIDDEN_SUBNETS) addSubnet(store, vpc, h.name, h.cidr, now, 0);
  return vpc;
}

/** Adds a subnet with default gateway and pool, and registers its addresses. */
export function addSubnet(store: Store, vpc: { id: string; az_id: string; project_id: string }, name: string, cidr: string, now: number, visible: 0 | 1 = 1) {
  const c = parseCidr(cidr)!;
  const { gateway_ip, allocation_pools } = defaultPools(c);
  const subnet = {
    id: store.ids.uuid(), name, description: null, az_id: vpc.az_id, project_id: vpc.project_id, vpc_id: vpc.id, cidr: c.cidr,
    gateway_ip, status: 'active' as const, is_visible: visible, enable_dhcp: 1 as const, shared: 0 as const, allocation_pools,
    created_at: isoTime(now), updated_at: isoTime(now),
  };
  store.subnets.set(subnet.id, subnet);
  store.ipam.define(subnet.id, allocation_pools, [gateway_ip]);
  return subnet;
}
