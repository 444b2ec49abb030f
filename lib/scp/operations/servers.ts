import { z } from 'zod';
import { ADMIN, ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { MaybeTaskStartedSchema, NoContentSchema, QueryFlag, TaskStartedSchema } from '../schemas/common';
import { Hex32, HostId, Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import { RemoteConsoleSchema, ServerClonedSchema, ServerCreatedSchema, ServerDetailSchema, ServerSchema } from '../schemas/server';
import {
  ForceSchema, RemoteConsoleRequestSchema, ServerBatchActionSchema, ServerCloneSchema, ServerCreateSchema, ServerEditSchema, ServerPasswordSchema,
} from '../schemas/server-requests';

const ServerListQuery = listQuery({
  /** Comma lists are accepted (`running,stopped`); `deleted` shows the recycle bin. */
  status: z.string().regex(/^[a-z_]+(,[a-z_]+)*$/, { error: 'must be statuses separated by commas' }).optional(),
  power_state: z.enum(['on', 'off']).optional(),
  vmtype: z.enum(['vm', 'placeholder', 'dmp_mysql', 'service', 'app']).optional(),
  network_type: z.enum(['classic', 'vpc']).optional(),
  project_id: Hex32.optional(),
  user_id: Hex32.optional(),
  az_id: Uuid.optional(),
  host_id: HostId.optional(),
  vpc_id: Uuid.optional(),
  subnet_id: Uuid.optional(),
  floatingip_id: Uuid.optional(),
  floating_ip_address: z.string().max(64).optional(),
  os_type: z.string().max(64).optional(),
  has_gpu: QueryFlag.optional(),
  /** Not in SCP's filter table; newer SCP builds and the simulator match a name substring. */
  name: z.string().max(100).optional(),
});

/** POST /servers/{id}/allocation (seed 4.11.3.14): the tenant to give the server to, and optionally one of its users. */
export const ServerAllocationSchema = z.strictObject({ project_id: Hex32, user_id: Hex32.optional() });

const v = '20180725';
const serverPath = '/servers/{server_id}';

/** Servers (云主机), catalog §4.8. */
export const servers = {
  list: scpListOperation({ console: 'GET /api/servers', name: 'servers.list', summary: 'server list', version: v, path: '/servers', roles: ADMIN_TENANT, query: ServerListQuery, item: ServerSchema, drift: 'server' }),
  detail: scpOperation({ console: 'GET /api/servers/:server_id', name: 'servers.detail', summary: 'server configuration', method: 'GET', version: v, path: serverPath, roles: ADMIN_TENANT, response: ServerDetailSchema, drift: 'server' }),
  create: scpOperation({
    console: 'POST /api/servers',
    name: 'servers.create', summary: 'create servers', method: 'POST', version: v, path: '/servers', roles: ADMIN_TENANT,
    body: ServerCreateSchema, response: ServerCreatedSchema, task: true, encrypt: ['password'],
  }),
  edit: scpOperation({ console: 'PUT /api/servers/:server_id', name: 'servers.edit', summary: 'edit a server', method: 'PUT', version: v, path: serverPath, roles: ADMIN_TENANT, body: ServerEditSchema, response: TaskStartedSchema, task: true }),
  delete: scpOperation({
    console: 'DELETE /api/servers/:server_id',
    name: 'servers.delete', summary: 'delete a server (force 1: permanently, else to the recycle bin)', method: 'DELETE', version: v, path: serverPath,
    roles: ADMIN_TENANT, body: ForceSchema, response: MaybeTaskStartedSchema, task: true,
  }),
  restore: scpOperation({ console: 'POST /api/servers/:server_id/restore', name: 'servers.restore', summary: 'restore a server from the recycle bin', method: 'POST', version: v, path: `${serverPath}/restore`, roles: ADMIN, response: TaskStartedSchema, task: true }),
  start: scpOperation({ console: 'POST /api/servers/:server_id/start', name: 'servers.start', summary: 'power on', method: 'POST', version: v, path: `${serverPath}/start`, roles: ADMIN_TENANT, response: TaskStartedSchema, task: true }),
  stop: scpOperation({ console: 'POST /api/servers/:server_id/stop', name: 'servers.stop', summary: 'shut down (force 1: power off)', method: 'POST', version: v, path: `${serverPath}/stop`, roles: ADMIN_TENANT, body: ForceSchema, response: TaskStartedSchema, task: true }),
  reboot: scpOperation({ console: 'POST /api/servers/:server_id/reboot', name: 'servers.reboot', summary: 'reboot (force 1: reset)', method: 'POST', version: v, path: `${serverPath}/reboot`, roles: ADMIN_TENANT, body: ForceSchema, response: TaskStartedSchema, task: true }),
  suspend: scpOperation({ console: 'POST /api/servers/:server_id/suspend', name: 'servers.suspend', summary: 'suspend', method: 'POST', version: v, path: `${serverPath}/suspend`, roles: ADMIN_TENANT, response: TaskStartedSchema, task: true }),
  clone: scpOperation({ console: 'POST /api/servers/:server_id/clone', name: 'servers.clone', summary: 'clone a server or one of its snapshots', method: 'POST', version: v, path: `${serverPath}/clone`, roles: ADMIN_TENANT, body: ServerCloneSchema, response: ServerClonedSchema, task: true }),
  allocate: scpOperation({
    console: 'POST /api/servers/:server_id/allocation',
    name: 'servers.allocate', summary: 'give a server to a tenant or one of its users (分配云主机)', method: 'POST', version: v, path: `${serverPath}/allocation`,
    roles: ADMIN_TENANT, body: ServerAllocationSchema, response: TaskStartedSchema, task: true,
  }),
  batchAction: scpOperation({
    console: 'POST /api/servers/action',
    name: 'servers.batchAction', summary: 'start, stop, power off, reboot, suspend or soft-delete several servers (no task id; tasks show in the op log)',
    method: 'POST', version: v, path: '/servers/action', roles: ADMIN_TENANT, body: ServerBatchActionSchema, response: NoContentSchema,
  }),
  resetPassword: scpOperation({
    console: 'POST /api/servers/:server_id/server-password',
    name: 'servers.resetPassword', summary: 'reset the guest password', method: 'POST', version: v, path: `${serverPath}/server-password`, roles: ADMIN_TENANT,
    body: ServerPasswordSchema, response: TaskStartedSchema, task: true, encrypt: ['password'],
  }),
  remoteConsole: scpOperation({
    console: 'POST /api/servers/:server_id/remote-consoles',
    name: 'servers.remoteConsole', summary: 'noVNC console URL of a running server', method: 'POST', version: v, path: `${serverPath}/remote-consoles`,
    roles: ADMIN_TENANT, body: RemoteConsoleRequestSchema, response: RemoteConsoleSchema,
  }),
};
