import type { Store } from '../../state/store';
import type { FloatingIp } from '../../state/types';

/**
 * `binding_info`, present only while bound: SCP's sole bound/unbound
 * discriminator (seed L30330). The simulator models one router per VPC and
 * reports the VPC id as its `router_id`. `bind_id` is the binding record, not the
 * bound server (seed L30359, L30891); the 2019 list names the device in `device_name`.
 */
function bindingInfo(store: Store, f: FloatingIp, extra: 'device_name' | 'times' | 'none') {
  const b = f.binding;
  if (!b) return {};
  const info: Record<string, unknown> = {
    router_id: b.vpc_id, status: b.status, bind_type: b.bind_type, ip_address: b.ip_address, port_id: b.port_id, vpc_id: b.vpc_id,
    bind_id: b.bind_id, az_id: b.az_id,
  };
  if (extra === 'device_name') info.device_name = store.servers.get(b.device_id)?.name ?? '';
  if (extra === 'times') Object.assign(info, { created_at: b.created_at, updated_at: null });
  return { binding_info: info };
}

/** List item (catalog §4.11.6): bandwidth with the `_kbps` suffix; 2019 adds `binding_info.device_name`. */
export function renderFloatingIpItem(store: Store, f: FloatingIp, version: 2018 | 2019) {
  return {
    id: f.id, project_id: f.project_id, floating_ip: f.floating_ip, floatingip_pool_id: f.floatingip_pool_id, floating_port_id: f.floating_port_id,
    sharedbandwidth_id: f.sharedbandwidth_id, bandwidth: { qos_uplink_kbps: f.qos_uplink, qos_downlink_kbps: f.qos_downlink },
    ...bindingInfo(store, f, version === 2019 ? 'device_name' : 'none'),
  };
}

/** Detail: bandwidth without the suffix, `sharedbandwidth_id` null when there is none (as in the sample). */
export function renderFloatingIpDetail(store: Store, f: FloatingIp) {
  return {
    id: f.id, project_id: f.project_id, subnet_id: f.subnet_id, floating_ip: f.floating_ip, floatingip_pool_id: f.floatingip_pool_id,
    floating_port_id: f.floating_port_id, sharedbandwidth_id: f.sharedbandwidth_id || null, created_at: f.created_at, updated_at: f.updated_at,
    bandwidth: { qos_uplink: f.qos_uplink, qos_downlink: f.qos_downlink }, ...bindingInfo(store, f, 'times'),
  };
}

/** Create and bandwidth-edit answer: the port is `port_id` here, not `floating_port_id` (catalog §9.6). */
export function renderFloatingIpObject(f: FloatingIp) {
  return {
    id: f.id, project_id: f.project_id, subnet_id: f.subnet_id, floating_ip: f.floating_ip, floatingip_pool_id: f.floatingip_pool_id,
    port_id: f.floating_port_id, sharedbandwidth_id: f.sharedbandwidth_id, created_at: f.created_at, updated_at: f.updated_at,
    bandwidth: { qos_uplink: f.qos_uplink, qos_downlink: f.qos_downlink },
  };
}
