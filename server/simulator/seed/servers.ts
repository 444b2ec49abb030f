import { addSubnet } from '../state/network-factory';
import { addServer } from '../state/server-factory';
import type { Store } from '../state/store';
import type { Image, Project, ServerDisk, ServerStatus } from '../state/types';
import type { TaskEngine } from '../tasks/engine';
import type { SeedSpec } from './spec';

const ROLES = ['web', 'app', 'db', 'cache', 'mq', 'batch', 'ci', 'vpn'];
const SIZES = [
  { cores: 2, sockets: 1, memory_mb: 4096 },
  { cores: 4, sockets: 2, memory_mb: 8192 },
  { cores: 8, sockets: 2, memory_mb: 16384 },
  { cores: 1, sockets: 1, memory_mb: 2048 },
];
/** Mixed states, weighted towards running. */
const STATES: ServerStatus[] = ['running', 'running', 'running', 'stopped', 'running', 'stopped', 'suspend', 'running', 'error', 'running'];

/** The system disk an image demands (catalog §4.8.4): derive_disk as the image says, or a new disk for ISO. */
export function systemDisk(store: Store, image: Image, azId: string, storageTagId: string, isoSizeMb = 40960): ServerDisk {
  const storage = [...store.storages.values()].find((s) => s.az_id === azId && s.storage_tag_id === storageTagId);
  const d = image.disks[0];
  return image.disk_format === 'aCloud' && d
    ? { id: 'ide0', type: 'derive_disk', size_mb: d.size_mb, preallocate: d.preallocate, storage_id: storage?.id ?? '', storage_tag_id: storageTagId }
    : { id: 'ide0', type: 'new_disk', size_mb: isoSizeMb, preallocate: 'off', storage_id: storage?.id ?? '', storage_tag_id: storageTagId };
}

function makeServer(store: Store, project: Project, index: number, status: ServerStatus, subnetFor: (az: string) => string | undefined, now: number, prefix = '') {
  const images = [...store.images.values()];
  const azId = project.az_ids[index % project.az_ids.length];
  const image = images[index % images.length];
  const size = SIZES[index % SIZES.length];
  const tag = [...store.storageTags.keys()][index % 2];
  const subnetId = subnetFor(azId);
  return addServer(store, {
    name: `${prefix}${project.name}-${ROLES[index % ROLES.length]}-${String(index + 1).padStart(2, '0')}`,
    description: index % 3 === 0 ? `${ROLES[index % ROLES.length]} tier` : '',
    projectId: project.id, userId: project.admin_user_id, azId, imageId: image.id, osType: image.os_type,
    cores: size.cores, sockets: size.sockets, memoryMb: size.memory_mb,
    disks: [systemDisk(store, image, azId, tag)],
    nics: subnetId ? [{ vif_id: 'net0', subnet_id: subnetId }] : [],
    storageTagId: tag, status, now: now - (1000 - index) * 3_600_000,
  });
}

function visibleSubnetOf(store: Store, projectId: string, azId: string): string | undefined {
  for (const s of store.subnets.values()) if (s.project_id === projectId && s.az_id === azId && s.is_visible === 1) return s.id;
  return undefined;
}

/** Demo servers per tenant, and `extra` generated ones for scale tests. */
export function seedServers(store: Store, spec: SeedSpec, extra: number, now: number): void {
  const projects = [...store.projects.values()];
  spec.tenants.forEach((t, ti) => {
    const project = projects[ti];
    for (let i = 0; i < t.servers; i++) makeServer(store, project, i, STATES[(i + ti) % STATES.length], (az) => visibleSubnetOf(store, project.id, az), now);
  });
  if (extra > 0 && projects.length) {
    // /16 subnets hold thousands of servers per tenant.
    const scaleSubnets = projects.map((p, i) => {
      const vpc = [...store.vpcs.values()].find((v) => v.project_id === p.id && v.az_id === p.az_ids[0])!;
      return addSubnet(store, vpc, `${p.name}-scale`, `10.${100 + i}.0.0/16`, now).id;
    });
    for (let i = 0; i < extra; i++) {
      const pi = i % projects.length;
      const project = { ...projects[pi], az_ids: [projects[pi].az_ids[0]] };
      makeServer(store, project, i, STATES[i % STATES.length], () => scaleSubnets[pi], now, 'scale-');
    }
  }
}

/** A few servers still being created, each with its creation task running on the engine. */
export function seedRunningTasks(store: Store, tasks: TaskEngine, spec: SeedSpec, now: number): void {
  const projects = [...store.projects.values()];
  for (let i = 0; i < spec.running_tasks && projects.length; i++) {
    const project = projects[i % projects.length];
    const server = makeServer(store, project, 100 + i, 'creating', (az) => visibleSubnetOf(store, project.id, az), now, 'new-');
    server.name = `${project.name}-provisioning-${i + 1}`;
    tasks.start({
      action: '创建云主机', objectType: '云主机', objectId: server.id, objectName: server.name, projectId: project.id,
      userId: project.admin_user_id, userIp: '127.0.0.1', azId: server.az_id, durationMs: tasks.durationMs * (3 + i),
      onFinish: () => Object.assign(server, { status: 'running', power_state: 'on', powered_on_at: Date.now() }),
      onFailure: () => Object.assign(server, { status: 'error' }),
    }, now);
  }
}
