import { z } from 'zod';
import { ADMIN, ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { NoContentSchema, QueryFlag, TaskStartedSchema } from '../schemas/common';
import { Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import { ProjectAzsSchema, ProjectCreateSchema, ProjectDetailSchema, ProjectEditSchema, ProjectSchema, ProjectWrittenSchema } from '../schemas/project';
import { UserSchema } from '../schemas/user';

const projectPath = '/projects/{project_id}';

/** Tenants (projects), catalog §4.4. Create and edit are synchronous. */
export const projects = {
  list: scpListOperation({
    console: 'GET /api/projects',
    name: 'projects.list', summary: 'tenants (a tenant sees itself)', version: '20180725', path: '/projects', roles: ADMIN_TENANT, item: ProjectSchema,
    query: listQuery({ keywords: z.string().max(100).optional(), az_id: Uuid.optional(), az_type: z.enum(['hci', 'vmware']).optional(), enabled: QueryFlag.optional() }),
  }),
  detail: scpOperation({ console: 'GET /api/projects/:project_id', name: 'projects.detail', summary: 'tenant detail', method: 'GET', version: '20180725', path: projectPath, roles: ADMIN_TENANT, response: ProjectDetailSchema }),
  create: scpOperation({
    console: 'POST /api/projects',
    name: 'projects.create', summary: 'create a tenant with its admin account', method: 'POST', version: '20180725', path: '/projects', roles: ADMIN,
    body: ProjectCreateSchema, response: ProjectWrittenSchema, encrypt: ['project.project_admin.password'],
  }),
  edit: scpOperation({ console: 'PUT /api/projects/:project_id', name: 'projects.edit', summary: 'edit a tenant', method: 'PUT', version: '20180725', path: projectPath, roles: ADMIN, body: ProjectEditSchema, response: ProjectWrittenSchema }),
  delete: scpOperation({ console: 'DELETE /api/projects/:project_id', name: 'projects.delete', summary: 'delete an empty tenant', method: 'DELETE', version: '20180725', path: projectPath, roles: ADMIN, response: NoContentSchema }),
  associateAzs: scpOperation({
    console: 'POST /api/projects/:project_id/azs',
    name: 'projects.associateAzs', summary: 'give a tenant AZs (resource pools) to use (async)', method: 'POST', version: '20180725', path: `${projectPath}/azs`, roles: ADMIN,
    body: ProjectAzsSchema, response: TaskStartedSchema,
  }),
  unassociateAz: scpOperation({
    console: 'DELETE /api/projects/:project_id/azs/:az_id',
    name: 'projects.unassociateAz', summary: 'take an AZ from a tenant that has nothing left in it', method: 'DELETE', version: '20180725', path: `${projectPath}/azs/{az_id}`, roles: ADMIN,
    response: NoContentSchema,
  }),
};

/** Users, catalog §4.5 (list only: SCP has no user create or edit). */
export const users = {
  list: scpListOperation({
    console: 'GET /api/users',
    name: 'users.list', summary: 'users (a tenant sees its own project\'s)', version: '20180725', path: '/users', roles: ADMIN_TENANT, item: UserSchema,
    query: listQuery({ name: z.string().max(100).optional(), real_name: z.string().max(100).optional(), role_id: z.string().max(64).optional(), enabled: QueryFlag.optional() }),
  }),
};
