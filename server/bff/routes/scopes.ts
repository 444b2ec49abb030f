import 'server-only';
import type { ConsoleRouteKey } from '@/lib/api/routes';
import { NO_TENANT_DATA, ownAnswer, projectFilter } from '../confine';
import { ADMINS_ONLY, type RouteScope } from '../declaration';
import { IMAGE_CREATE, IMAGE_EDIT, OWN_IMAGE, VISIBLE_IMAGES } from './images';
import {
  FLOATING_IP_BIND, FLOATING_IP_CREATE, OWN_FLOATING_IP, OWN_SUBNET, OWN_VPC, SUBNET_CREATE, VISIBLE_OWN_SUBNET, VPC_CREATE,
} from './networks';
import { PROJECT_AZ_LIST, PROJECT_USERS } from './platform';
import { OWN_PROJECT_PARAM, OWN_PROJECTS } from './projects';
import { NO_CLONES, OWN_SERVER, SERVER_BATCH_IDS, SERVER_CREATE, SERVER_EDIT } from './servers';
import { TASK_BATCH_IDS } from './tasks';

/**
 * How each console route treats a confined session: total over the console
 * API, so a new route does not compile until someone decides its tenant scope
 * (or that it is for platform admins only).
 */
export const routeScopes: Record<ConsoleRouteKey, RouteScope> = {
  // GET /api/servers — server list (paged by SCP; status=deleted shows the recycle bin)
  'GET /api/servers': projectFilter(),
  // POST /api/servers — create servers (answers the task and the new ids)
  'POST /api/servers': SERVER_CREATE,
  // POST /api/servers/action — start, stop, power off, reboot, suspend or soft-delete several servers
  'POST /api/servers/action': SERVER_BATCH_IDS,
  // GET /api/servers/:server_id — server configuration
  'GET /api/servers/:server_id': ownAnswer('server'),
  // PUT /api/servers/:server_id — edit name, CPU, memory, disks, NICs
  'PUT /api/servers/:server_id': SERVER_EDIT,
  // DELETE /api/servers/:server_id — delete (force 1: permanently, else to the recycle bin)
  'DELETE /api/servers/:server_id': OWN_SERVER,
  // POST /api/servers/:server_id/restore — restore from the recycle bin (platform admins)
  'POST /api/servers/:server_id/restore': ADMINS_ONLY,
  // POST /api/servers/:server_id/start — power on
  'POST /api/servers/:server_id/start': OWN_SERVER,
  // POST /api/servers/:server_id/stop — shut down (force 1: power off)
  'POST /api/servers/:server_id/stop': OWN_SERVER,
  // POST /api/servers/:server_id/reboot — reboot (force 1: reset)
  'POST /api/servers/:server_id/reboot': OWN_SERVER,
  // POST /api/servers/:server_id/suspend — suspend
  'POST /api/servers/:server_id/suspend': OWN_SERVER,
  // POST /api/servers/:server_id/clone — clone a server or one of its snapshots
  'POST /api/servers/:server_id/clone': NO_CLONES,
  // POST /api/servers/:server_id/allocation — give a server to a tenant (platform admins: hands an admin's clone to the source's tenant)
  'POST /api/servers/:server_id/allocation': ADMINS_ONLY,
  // POST /api/servers/:server_id/server-password — reset the guest password (sent plain, encrypted for SCP)
  'POST /api/servers/:server_id/server-password': OWN_SERVER,
  // POST /api/servers/:server_id/remote-consoles — noVNC console URL of a running server
  'POST /api/servers/:server_id/remote-consoles': OWN_SERVER,
  // Snapshots belong to their server, and SCP checks that `:snapshot_id` is one of `:server_id`'s.
  // GET /api/servers/:server_id/snapshots — snapshots of a server
  'GET /api/servers/:server_id/snapshots': OWN_SERVER,
  // POST /api/servers/:server_id/snapshots — take a snapshot
  'POST /api/servers/:server_id/snapshots': OWN_SERVER,
  // PUT /api/servers/:server_id/snapshots/:snapshot_id — rename or protect a snapshot
  'PUT /api/servers/:server_id/snapshots/:snapshot_id': OWN_SERVER,
  // DELETE /api/servers/:server_id/snapshots/:snapshot_id — delete a snapshot
  'DELETE /api/servers/:server_id/snapshots/:snapshot_id': OWN_SERVER,
  // POST /api/servers/:server_id/snapshots/:snapshot_id/recovery — recover the server to a snapshot
  'POST /api/servers/:server_id/snapshots/:snapshot_id/recovery': OWN_SERVER,
  // GET /api/tasks — operation log
  'GET /api/tasks': projectFilter(),
  // POST /api/tasks/batch — up to 50 tasks at once, from the shared task cache
  'POST /api/tasks/batch': TASK_BATCH_IDS,
  // GET /api/tasks/:task_id — task status and progress
  'GET /api/tasks/:task_id': ownAnswer('task'),
  // GET /api/images — images (confined users: public ones and their own private ones)
  'GET /api/images': VISIBLE_IMAGES,
  // POST /api/images — create an image record; the file follows with the upload
  'POST /api/images': IMAGE_CREATE,
  // PUT /api/images/:image_id — edit name, description, OS type, AZs
  'PUT /api/images/:image_id': IMAGE_EDIT,
  // DELETE /api/images/:image_id — delete an image
  'DELETE /api/images/:image_id': OWN_IMAGE,
  // PUT /api/images/:image_id/upload — upload the image file (spooled to a temporary file, checked against the image's disk format, then streamed to SCP; never in memory)
  'PUT /api/images/:image_id/upload': OWN_IMAGE,
  // GET /api/azs — resource pools (confined users: their project's)
  'GET /api/azs': PROJECT_AZ_LIST,
  // GET /api/azs/:az_id — resource pool with its capacity (platform admins)
  'GET /api/azs/:az_id': ADMINS_ONLY,
  // GET /api/storages/tags — storage tags of an AZ with the project's quota and use
  'GET /api/storages/tags': projectFilter(),
  // GET /api/hosts — physical hosts with CPU and memory use
  'GET /api/hosts': NO_TENANT_DATA,
  // GET /api/overview — platform overview (platform admins)
  'GET /api/overview': ADMINS_ONLY,
  // GET /api/vpcs — VPCs
  'GET /api/vpcs': projectFilter(),
  // POST /api/vpcs — create a VPC (one per tenant per AZ; the id comes with the task)
  'POST /api/vpcs': VPC_CREATE,
  // DELETE /api/vpcs/:vpc_id — delete an empty VPC
  'DELETE /api/vpcs/:vpc_id': OWN_VPC,
  // GET /api/subnets — subnets (confined users: their visible ones)
  'GET /api/subnets': projectFilter({ is_visible: '1' }),
  // POST /api/subnets — create a subnet in a VPC
  'POST /api/subnets': SUBNET_CREATE,
  // GET /api/subnets/:subnet_id — subnet detail
  'GET /api/subnets/:subnet_id': VISIBLE_OWN_SUBNET,
  // PUT /api/subnets/:subnet_id — edit name, description, DHCP, address pools
  'PUT /api/subnets/:subnet_id': OWN_SUBNET,
  // DELETE /api/subnets/:subnet_id — delete an unused subnet
  'DELETE /api/subnets/:subnet_id': OWN_SUBNET,
  // GET /api/floatingips — floating IPs
  'GET /api/floatingips': projectFilter(),
  // POST /api/floatingips — allocate a floating IP
  'POST /api/floatingips': FLOATING_IP_CREATE,
  // GET /api/floatingips/:floatingip_id — floating-IP detail
  'GET /api/floatingips/:floatingip_id': ownAnswer('floating IP'),
  // PUT /api/floatingips/:floatingip_id — change the bandwidth
  'PUT /api/floatingips/:floatingip_id': OWN_FLOATING_IP,
  // DELETE /api/floatingips/:floatingip_id — release an unbound floating IP
  'DELETE /api/floatingips/:floatingip_id': OWN_FLOATING_IP,
  // POST /api/floatingips/:floatingip_id/binding — bind to a NIC in a VPC
  'POST /api/floatingips/:floatingip_id/binding': FLOATING_IP_BIND,
  // DELETE /api/floatingips/:floatingip_id/unbinding — unbind
  'DELETE /api/floatingips/:floatingip_id/unbinding': OWN_FLOATING_IP,
  // GET /api/linetypes — line types (SCP answers a tenant with its own availability)
  'GET /api/linetypes': NO_TENANT_DATA,
  // GET /api/floatingippools — floating-IP pools (platform admins)
  'GET /api/floatingippools': ADMINS_ONLY,
  // GET /api/quotas — quota rows with limits and use per AZ
  'GET /api/quotas': projectFilter(),
  // POST /api/quotas — set a tenant's quotas per AZ (platform admins)
  'POST /api/quotas': ADMINS_ONLY,
  // GET /api/projects — tenants (confined users: their own)
  'GET /api/projects': OWN_PROJECTS,
  // POST /api/projects — create a tenant and its admin account (password sent plain, encrypted for SCP)
  'POST /api/projects': ADMINS_ONLY,
  // GET /api/projects/:project_id — tenant detail
  'GET /api/projects/:project_id': OWN_PROJECT_PARAM,
  // PUT /api/projects/:project_id — edit a tenant
  'PUT /api/projects/:project_id': ADMINS_ONLY,
  // DELETE /api/projects/:project_id — delete an empty tenant
  'DELETE /api/projects/:project_id': ADMINS_ONLY,
  // POST /api/projects/:project_id/azs — give a tenant AZs to use (a task)
  'POST /api/projects/:project_id/azs': ADMINS_ONLY,
  // DELETE /api/projects/:project_id/azs/:az_id — take an AZ from a tenant with nothing left in it
  'DELETE /api/projects/:project_id/azs/:az_id': ADMINS_ONLY,
  // Shared disks and storages are the platform admin's (catalog §4.12, §4.3): SCP answers tenants 403.
  // GET /api/volumes — shared disks
  'GET /api/volumes': ADMINS_ONLY,
  // POST /api/volumes — create shared disks on VS storage (a task)
  'POST /api/volumes': ADMINS_ONLY,
  // GET /api/volumes/:volume_id — one shared disk
  'GET /api/volumes/:volume_id': ADMINS_ONLY,
  // DELETE /api/volumes/:volume_id — delete (force 0: recycle bin, quota kept; 1: permanently, quota released)
  'DELETE /api/volumes/:volume_id': ADMINS_ONLY,
  // GET /api/storages — storages of an AZ (the VS ones hold shared disks)
  'GET /api/storages': ADMINS_ONLY,
  // GET /api/users — users (SCP has no project filter, so confined lists are scanned)
  'GET /api/users': PROJECT_USERS,
};
