import 'server-only';
import { projects, servers, type DiskInputSchema } from '@/lib/scp';
import type { z } from 'zod';
import { assertOwned, type IdRule, type OwnerReader } from '../confine';
import { BffError, notFound } from '../errors';
import { floatingIpOwner, imageVisible, readImage, serverOwner, subnetOwner, vpcOwner } from '../owners';

/*
 * The rules by which a confined session's body ids are checked (see
 * `bodyIds`): each id that names another object must be one the tenant may
 * use, and is refused by the console itself, naming the field, before SCP is
 * called. In service-credential mode SCP would accept any of them.
 */

/** Each id must name a resource of the user's project; another tenant's is 404, as if it did not exist. */
function owned(owner: OwnerReader, what: string): IdRule {
  return async (c, ids, field) => {
    await Promise.all(ids.map((id) => assertOwned(c, owner, id, `body ${field}: ${what}`)));
  };
}

/** Servers of the user's project. */
export const ownServers = owned(serverOwner, 'server');
/** VPCs of the user's project. */
export const ownVpcs = owned(vpcOwner, 'VPC');
/** Visible subnets of the user's project. */
export const ownSubnets = owned(subnetOwner, 'subnet');
/** Floating IPs of the user's project. */
export const ownFloatingIps = owned(floatingIpOwner, 'floating IP');

/** Public images and the project's private ones. */
export const visibleImages: IdRule = async (c, ids, field) => {
  await Promise.all(ids.map(async (id) => {
    const img = await readImage(c, id);
    if (!img || !imageVisible(img, c.projectId)) throw notFound(`body ${field}: image ${id}`);
  }));
};

/** AZs (resource pools) the project is given; another AZ is refused. */
export const projectAzs: IdRule = async (c, ids, field) => {
  const project = await c.read(projects.detail, { params: { project_id: c.projectId } });
  const given = new Set(project.azs.map((a) => a.az_id));
  const other = ids.filter((id) => !given.has(id));
  if (other.length) throw new BffError(403, 'not_permitted', `body ${field}: AZ ${other.join(', ')} is not one of your project's resource pools`);
};

/** NIC ports of the project's servers in the body's VPC (a floating-IP binding). */
export const ownPorts: IdRule = async (c, ids, field) => {
  const vpcId = (c.body as { vpc_id: string }).vpc_id;
  const ports = new Set<string>();
  const pageSize = 100;
  // Bounded: 20 pages of 100 servers in one VPC of one tenant.
  for (let page = 0; page < 20; page++) {
    const list = await c.read(servers.list, { query: { project_id: c.projectId, vpc_id: vpcId, page_num: page, page_size: pageSize } });
    for (const s of list.data) for (const nic of s.networks) if (nic.port_id && s.project_id === c.projectId) ports.add(nic.port_id);
    if ((page + 1) * pageSize >= list.total_size) break;
  }
  const other = ids.find((id) => !ports.has(id));
  if (other) throw notFound(`body ${field}: port ${other} of a server of your project in VPC ${vpcId}`);
};

type Disk = z.output<typeof DiskInputSchema>;
/** Disk types whose `storage_id` names another object (a shared volume, a LUN), not a datastore. */
const ATTACHES = new Set(['share_disk', 'physical_disk', 'rdm_disk']);

/**
 * A disk's `storage_id` is a datastore (platform data) for a new or derived
 * disk; for a shared volume or a LUN it names something a tenant owns, so a
 * confined user may only keep what the server already has attached.
 */
export const diskStorages: IdRule = async (c, _ids, field) => {
  const attached = ((c.body as { disks?: Disk[] }).disks ?? []).filter((d) => d.storage_id && d.type && ATTACHES.has(d.type));
  if (!attached.length) return;
  const serverId = c.params.server_id;
  const current = serverId ? (await c.read(servers.detail, { params: { server_id: serverId } })).disks : [];
  for (const d of attached) {
    if (!current.some((k) => k.id === d.id && k.storage_id === d.storage_id)) {
      throw new BffError(403, 'not_permitted', `body ${field}: disk ${d.id} may keep the volume it has, but attaching ${d.storage_id} is not available with the console's service credentials`);
    }
  }
};

/** Fields the console does not offer to confined users (dedicated host groups, shared bandwidth): refused when sent. */
export function notOffered(what: string): IdRule {
  return async (_c, _ids, field) => {
    throw new BffError(403, 'not_permitted', `body ${field}: ${what} is not available with the console's service credentials`);
  };
}

/** Platform data any tenant may name (storage tags, datastores, hosts, line types, floating-IP pools). */
export const platformData: IdRule = async () => undefined;

/** A slot of the resource itself (a disk id such as ide1, a NIC's vif_id), not another object. */
export const itsOwnSlot: IdRule = async () => undefined;

/** Overwritten by the route's `body` confinement (project_id, owner_id) or dropped (user_id) before this runs. */
export const forcedToOwn: IdRule = async () => undefined;

/** Read and then checked against the project by the route's own handler (the batch task read). */
export const checkedInAnswer: IdRule = async () => undefined;

/** The NIC fields of a create or edit. */
export const NIC_RULES: Record<string, IdRule> = {
  'networks.*.vif_id': itsOwnSlot, 'networks.*.vpc_id': ownVpcs, 'networks.*.subnet_id': ownSubnets,
};

/** The disk fields of a create or edit. */
export const DISK_RULES: Record<string, IdRule> = { 'disks.*.id': itsOwnSlot, 'disks.*.storage_id': diskStorages };
