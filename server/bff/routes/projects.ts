import 'server-only';
import { projects } from '@/lib/scp';
import { keepItems } from '../confine';
import { route, type RouteDeclaration } from '../declaration';
import { notFound } from '../errors';

/** Tenants (projects). */
export const projectRoutes: RouteDeclaration[] = [
  // GET /api/projects — tenants (confined users: their own)
  route('GET /api/projects', projects.list, { confine: keepItems((p, c) => p.id === c.projectId) }),
  // POST /api/projects — create a tenant and its admin account (password sent plain, encrypted for SCP)
  route('POST /api/projects', projects.create),
  // GET /api/projects/:project_id — tenant detail
  route('GET /api/projects/:project_id', projects.detail, {
    confine: {
      before: async (c) => {
        if (c.params.project_id !== c.projectId) throw notFound(`project ${c.params.project_id}`);
      },
    },
  }),
  // PUT /api/projects/:project_id — edit a tenant
  route('PUT /api/projects/:project_id', projects.edit),
  // DELETE /api/projects/:project_id — delete an empty tenant
  route('DELETE /api/projects/:project_id', projects.delete),
  // POST /api/projects/:project_id/azs — give a tenant AZs to use (a task)
  route('POST /api/projects/:project_id/azs', projects.associateAzs),
  // DELETE /api/projects/:project_id/azs/:az_id — take an AZ from a tenant with nothing left in it
  route('DELETE /api/projects/:project_id/azs/:az_id', projects.unassociateAz),
];
