import { isoTime } from './time';
import type { Store } from './store';
import type { Server, ServerDisk, ServerNic, ServerStatus } from './types';

/** One NIC as a create request (or the seed) describes it. An empty subnet_id is a NIC attached to no network. */
export interface NicInput {
  vif_id: string;
  subnet_id: string;
  connect?: 0 | 1;
  model?: string;
  ip_address?: string;
  /** Generated when omitted. */
  mac_address?: string;
}

export interface ServerInput {
  id?: string;
  name: string;
  description?: string;
  projectId: string;
  userId: string;
  azId: string;
  imageId: string;
  osType: string;
  cores: number;
  sockets: number;
  memoryMb: number;
  disks: ServerDisk[];
  nics: NicInput[];
  storageTagId: string;
  status: ServerStatus;
  now: number;
}

/** Picks the least-loaded running host of the AZ by number of servers (round-robin is enough here). */
function pickHost(store: Store, azId: string, salt: number): string {
  const hosts = [...store.hosts.values()].filter((h) => h.az_id === azId && h.status === 'running');
  return hosts.length ? hosts[salt % hosts.length].id : '';
}

/**
 * Builds a server with its ports and addresses, and adds it to the store. Used
 * by the demo seed and by server create and clone, so all servers look alike.
 */
export function addServer(store: Store, input: ServerInput): Server {
  const id = input.id ?? store.ids.uuid();
  const owner = { id, name: input.name, project_id: input.projectId };
  const networks = input.nics.map((nic) => createNic(store, owner, nic, input.now));
  const on = input.status === 'running';
  const server: Server = {
    id, name: input.name, description: input.description ?? '', project_id: input.projectId, user_id: input.userId,
    az_id: input.azId, host_id: pickHost(store, input.azId, store.servers.size), image_id: input.imageId, os_type: input.osType,
    status: input.status, power_state: on ? 'on' : 'off', cores: input.cores, sockets: input.sockets, memory_mb: input.memoryMb,
    disks: input.disks, networks, storage_tag_id: input.storageTagId, vmtype: 'vm', floatingip_id: '', in_recycle_bin: 0,
    cpu_hotplug: 0, mem_hotplug: 0, created_at: isoTime(input.now), powered_on_at: on ? input.now : 0,
  };
  store.servers.set(id, server);
  return server;
}

/**
 * Builds one NIC of a server: with a subnet it takes an address (the fixed one
 * asked for, or the next free) and a port; without one it is a NIC on no network.
 * Shared by create, the seed and server edit (NIC changes).
 */
export function createNic(store: Store, owner: { id: string; name: string; project_id: string }, nic: NicInput, now: number): ServerNic {
  const base = { vif_id: nic.vif_id, connect: nic.connect ?? 1, model: nic.model ?? 'virtio' };
  const subnet = nic.subnet_id ? store.subnets.get(nic.subnet_id) : undefined;
  if (!subnet) return { ...base, mac_address: nic.mac_address ?? store.ids.mac(), ip_address: '', vpc_id: '', subnet_id: '', port_id: '' };
  const ip = store.ipam.allocate(subnet.id, nic.ip_address);
  const portId = store.ids.uuid();
  const mac = nic.mac_address ?? store.ids.mac();
  store.ports.set(portId, {
    id: portId, name: `${owner.name}-${nic.vif_id}`, vpc_id: subnet.vpc_id, subnet_id: subnet.id, project_id: owner.project_id,
    az_id: subnet.az_id, device_id: owner.id, device_type: 'vm', device_owner: 'compute:server', vif_id: nic.vif_id,
    mac_address: mac, ip_address: ip, admin_status_up: true, created_at: isoTime(now),
  });
  return { ...base, mac_address: mac, ip_address: ip, vpc_id: subnet.vpc_id, subnet_id: subnet.id, port_id: portId };
}

/** Gives back a NIC's address and port. */
export function releaseNic(store: Store, nic: ServerNic): void {
  if (nic.subnet_id) store.ipam.release(nic.subnet_id, nic.ip_address);
  if (nic.port_id) store.ports.delete(nic.port_id);
}

/** Removes a server for good: its ports, addresses, snapshots and floating-IP binding go too. */
export function purgeServer(store: Store, server: Server): void {
  for (const nic of server.networks) releaseNic(store, nic);
  for (const snap of store.snapshotsOf(server.id)) store.snapshots.delete(snap.id);
  const fip = server.floatingip_id ? store.floatingIps.get(server.floatingip_id) : undefined;
  if (fip) fip.binding = null;
  store.servers.delete(server.id);
}
