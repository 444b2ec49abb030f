import 'server-only';
import { ADMIN, servers } from '@/lib/scp';
import { all, bodyIds, notForConfined, ownAnswer, ownedParam, projectFilter, type Confinement } from '../confine';
import { route, type RouteDeclaration } from '../declaration';
import { serverOwner } from '../owners';
import {
  DISK_RULES, forcedToOwn, NIC_RULES, notOffered, ownFloatingIps, ownServers, platformData, projectAzs, visibleImages,
} from './id-rules';

/** The server named by `:server_id` must be the confined user's. */
export const OWN_SERVER = ownedParam('server_id', serverOwner, 'server');

/** New servers go to the user's project; a user id (possibly of another project) is not passed on. */
const OWN_PROJECT_NO_USER: Confinement = {
  body: (body, c) => ({ ...(body as object), project_id: c.projectId, user_id: undefined }),
};

/** Every id a server create names: the user's own networks and floating IP, a visible image, an AZ of the project. */
const CREATE_IDS = bodyIds({
  ...DISK_RULES, ...NIC_RULES,
  image_id: visibleImages, az_id: projectAzs, 'floatingip.floatingip_id': ownFloatingIps,
  storage_tag_id: platformData, storage_id: platformData, 'location.id': platformData, 'floatingip.line_type': platformData,
  dh_id: notOffered('a dedicated host group'), project_id: forcedToOwn, user_id: forcedToOwn,
});

/** Servers. */
export const serverRoutes: RouteDeclaration[] = [
  // GET /api/servers — server list (paged by SCP; status=deleted shows the recycle bin)
  route('GET /api/servers', servers.list, { confine: projectFilter() }),
  // POST /api/servers — create servers (answers the task and the new ids)
  route('POST /api/servers', servers.create, { confine: all(OWN_PROJECT_NO_USER, CREATE_IDS) }),
  // POST /api/servers/action — start, stop, power off, reboot, suspend or soft-delete several servers
  route('POST /api/servers/action', servers.batchAction, { confine: bodyIds({ 'server_ids.*': ownServers }) }),
  // GET /api/servers/:server_id — server configuration
  route('GET /api/servers/:server_id', servers.detail, { confine: ownAnswer('server') }),
  // PUT /api/servers/:server_id — edit name, CPU, memory, disks, NICs
  route('PUT /api/servers/:server_id', servers.edit, { confine: all(OWN_SERVER, bodyIds({ ...DISK_RULES, ...NIC_RULES })) }),
  // DELETE /api/servers/:server_id — delete (force 1: permanently, else to the recycle bin)
  route('DELETE /api/servers/:server_id', servers.delete, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/restore — restore from the recycle bin (platform admins)
  route('POST /api/servers/:server_id/restore', servers.restore),
  // POST /api/servers/:server_id/start — power on
  route('POST /api/servers/:server_id/start', servers.start, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/stop — shut down (force 1: power off)
  route('POST /api/servers/:server_id/stop', servers.stop, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/reboot — reboot (force 1: reset)
  route('POST /api/servers/:server_id/reboot', servers.reboot, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/suspend — suspend
  route('POST /api/servers/:server_id/suspend', servers.suspend, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/clone — clone a server or one of its snapshots
  route('POST /api/servers/:server_id/clone', servers.clone, {
    // SCP gives clones made with platform credentials to the platform admin, not to the source's tenant.
    confine: notForConfined('Cloning is not available with the console\'s service credentials: SCP would give the clones to the platform, not to your project'),
  }),
  // POST /api/servers/:server_id/allocation — give a server to a tenant (platform admins: hands an admin's clone to the source's tenant)
  route('POST /api/servers/:server_id/allocation', servers.allocate, { roles: ADMIN }),
  // POST /api/servers/:server_id/server-password — reset the guest password (sent plain, encrypted for SCP)
  route('POST /api/servers/:server_id/server-password', servers.resetPassword, { confine: OWN_SERVER }),
  // POST /api/servers/:server_id/remote-consoles — noVNC console URL of a running server
  route('POST /api/servers/:server_id/remote-consoles', servers.remoteConsole, { confine: OWN_SERVER }),
];
