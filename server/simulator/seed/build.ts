import { defaultPools, intToIp, parseCidr } from '../state/ip';
import { addSubnet, addVpc } from '../state/network-factory';
import { quotaCategory, quotaDisplay } from '../state/quota-names';
import { GLOBAL_AZ_ID, PLATFORM_PROJECT_ID, type Store } from '../state/store';
import { isoTime } from '../state/time';
import type { Project, Quota } from '../state/types';
import { addUser } from '../state/user-factory';
import { seedServers } from './servers';
import type { SeedSpec } from './spec';

function addQuotas(store: Store, project: Project, quotas: Record<string, number>, azIds: string[]): void {
  for (const [key, limit] of Object.entries(quotas)) {
    const [namespace, resource] = key.split('/');
    const { name, unit } = quotaDisplay(namespace, resource, store);
    const q: Quota = {
      id: store.ids.hex(64), project_id: project.id, category: quotaCategory(resource), provider: 'hci', namespace, resource, name, unit,
      limits: Object.fromEntries(azIds.map((az) => [az, limit])),
    };
    store.quotas.set(q.id, q);
  }
}

/** Builds the records a seed spec describes, servers included, into a store. */
export function buildFromSpec(store: Store, spec: SeedSpec, extraServers: number, now: number): void {
  addUser(store, { name: spec.admin.username, password: spec.admin.password, access_key: spec.admin.access_key, secret_key: spec.admin.secret_key, project_id: PLATFORM_PROJECT_ID, role_type: 'admin' }, now);
  const azByName = new Map<string, string>();
  spec.azs.forEach((a, i) => {
    const id = store.ids.uuid();
    azByName.set(a.name, id);
    store.azs.set(id, {
      id, name: a.name, description: '', status: 'normal', type: a.type, tag: 'public', version: a.version, arch_type: a.type === 'vmware' ? 'vmware' : 'hci_x86',
      cpu_total_mhz: a.hosts * a.host_cores * 2400, memory_total_mb: a.hosts * a.host_memory_gb * 1024, storage_total_mb: a.hosts * 8 * 1024 * 1024,
    });
    for (let h = 0; h < a.hosts; h++) {
      const hostId = `host-${store.ids.hex(12)}`;
      store.hosts.set(hostId, {
        id: hostId, name: `node${i + 1}-${h + 1}`, az_id: id, ip: `10.251.${i + 1}.${h + 11}`, status: 'running',
        cpu_total_mhz: a.host_cores * 2400, core_count: a.host_cores, memory_total_mb: a.host_memory_gb * 1024, storage_total_mb: 8 * 1024 * 1024,
      });
    }
    for (const tag of spec.storage_tags) {
      const sid = store.ids.hex(32);
      store.storages.set(sid, { id: sid, name: `${a.name}-${tag.name}`, description: '', type: 'vs', status: 'normal', storage_tag_id: tag.id, az_id: id, total_mb: a.hosts * 4 * 1024 * 1024 });
    }
  });
  for (const tag of spec.storage_tags) store.storageTags.set(tag.id, { ...tag });
  for (const name of spec.line_types) {
    const id = store.ids.uuid();
    store.lineTypes.set(id, { id, name, type: 'inner_linetype', description: '', created_at: isoTime(now) });
  }
  const allAzIds = [...azByName.values()];
  for (const img of spec.images) {
    const id = store.ids.uuid();
    const azIds = img.azs ? img.azs.map((n) => azByName.get(n)!).filter(Boolean) : allAzIds;
    store.images.set(id, {
      id, name: img.name, description: '', image_type: 'public', status: 'active', os_type: img.os_type, visibility: 'public',
      disk_format: img.disk_format, owner_id: '', project_id: '', size_mb: img.size_mb, virtual_size_mb: img.size_mb, az_ids: azIds,
      disks: img.disk_format === 'aCloud' ? [{ id: 'ide0', storage_id: '', size_mb: img.size_mb, preallocate: img.preallocate }] : [],
      task_id: '', message: '', created_at: isoTime(now),
    });
  }
  const poolId = spec.floating_ip_pool ? seedFloatingIpPool(store, spec.floating_ip_pool, [...store.lineTypes.keys()][0], now) : undefined;
  for (const t of spec.tenants) {
    const projectId = store.ids.hex(32);
    const azIds = t.azs.map((n) => {
      const id = azByName.get(n);
      if (!id) throw new Error(`seed: tenant ${t.name} names unknown AZ "${n}"`);
      return id;
    });
    const admin = addUser(store, { name: t.username, password: t.password, access_key: t.access_key, secret_key: t.secret_key, project_id: projectId, role_type: 'tenant' }, now);
    const project: Project = {
      id: projectId, name: t.name, description: t.description, enabled: 1, role_type: 'tenant', parent_id: '', az_ids: azIds,
      admin_user_id: admin.id, created_at: isoTime(now), updated_at: '',
    };
    store.projects.set(projectId, project);
    addQuotas(store, project, t.quotas, azIds);
    if (t.floating_ip_quota) {
      const { count, bandwidth_kbps } = t.floating_ip_quota;
      const perLine = [...store.lineTypes.keys()].flatMap((lt) => [[`network/eip_count::${lt}`, count], [`network/eip_bandwidth::${lt}`, bandwidth_kbps]]);
      addQuotas(store, project, Object.fromEntries(perLine), [GLOBAL_AZ_ID]);
    }
    const vpcs = azIds.map((az) => addVpc(store, projectId, az, 'VPC网络', now));
    t.subnets.forEach((cidr, i) => addSubnet(store, vpcs[i % vpcs.length], `${t.name}-subnet-${i + 1}`, cidr, now));
    if (poolId) for (let i = 0; i < t.floating_ips; i++) seedFloatingIp(store, poolId, projectId, now);
  }
  seedServers(store, spec, extraServers, now);
}

function seedFloatingIpPool(store: Store, p: NonNullable<SeedSpec['floating_ip_pool']>, lineTypeId: string, now: number): string {
  const c = parseCidr(p.cidr)!;
  const { gateway_ip, allocation_pools } = defaultPools(c);
  const id = store.ids.uuid();
  const subnetId = store.ids.uuid();
  store.floatingIpPools.set(id, {
    id, name: p.name, description: '', line_type_id: lineTypeId, is_global: 1, az_ids: [], vlan: null,
    qos_uplink: p.bandwidth_kbps, qos_downlink: p.bandwidth_kbps, created_at: isoTime(now),
    subnets: [{ id: subnetId, name: `${p.name}-subnet`, description: '', gateway_ip, netmask: intToIp((0xffffffff << (32 - c.prefix)) >>> 0), cidr: c.cidr, allocation_pools, shared: 1, is_visible: 1, enable_dhcp: 0, created_at: isoTime(now), updated_at: isoTime(now) }],
  });
  store.ipam.define(subnetId, allocation_pools, [gateway_ip]);
  return id;
}

function seedFloatingIp(store: Store, poolId: string, projectId: string, now: number): void {
  const pool = store.floatingIpPools.get(poolId)!;
  const subnet = pool.subnets[0];
  const id = store.ids.uuid();
  store.floatingIps.set(id, {
    id, project_id: projectId, floating_ip: store.ipam.allocate(subnet.id), floatingip_pool_id: poolId, subnet_id: subnet.id,
    floating_port_id: store.ids.uuid(), sharedbandwidth_id: '', qos_uplink: 10240, qos_downlink: 10240, binding: null,
    created_at: isoTime(now), updated_at: isoTime(now),
  });
}
