import 'server-only';
import { all, bodyIds, notForConfined, ownedParam, type Confinement } from '../confine';
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

/** A server create: into the user's project, naming only what the user may use. */
export const SERVER_CREATE: Confinement = all(OWN_PROJECT_NO_USER, CREATE_IDS);

/** A server edit: the user's server, with the user's networks and the volumes it already has. */
export const SERVER_EDIT: Confinement = all(OWN_SERVER, bodyIds({ ...DISK_RULES, ...NIC_RULES }));

/** A batch action names the user's servers only. */
export const SERVER_BATCH_IDS: Confinement = bodyIds({ 'server_ids.*': ownServers });

/** SCP gives clones made with platform credentials to the platform admin, not to the source's tenant. */
export const NO_CLONES: Confinement = notForConfined('Cloning is not available with the console\'s service credentials: SCP would give the clones to the platform, not to your project');
