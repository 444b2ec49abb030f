import { z } from 'zod';
import { badRequest } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_ONLY } from '../../state/roles';
import { isoTime } from '../../state/time';
import { getProject } from './access';
import { assertProjectNameFree, DescriptionSchema, MailSchema, PhoneSchema, ProjectNameSchema } from './create';
import { projectAdmin, renderProjectWritten } from './render';

const EditFields = z.object({
  name: ProjectNameSchema.optional(),
  description: DescriptionSchema.optional(),
  mail: MailSchema.optional(),
  phone: PhoneSchema.optional(),
  // Accepted and ignored, as on create: operations (MSP) mode is not simulated, tenants belong to admin.
  parent_id: z.string().optional(),
});
const EDITABLE = ['name', 'description', 'mail', 'phone', 'parent_id'] as const;

/** The doc's table lists the fields flat, its sample wraps them in `project` (catalog §9.6): both are accepted. */
function editFields(body: unknown) {
  const wrapped = typeof body === 'object' && body !== null && 'project' in body;
  const edit = wrapped ? parseBody(z.object({ project: EditFields }), body).project : parseBody(EditFields, body);
  if (!EDITABLE.some((k) => edit[k] !== undefined)) {
    throw badRequest(`nothing to change: send one of ${EDITABLE.join(', ')} (flat or inside "project")`);
  }
  return edit;
}

function editProject(ctx: RequestContext) {
  const project = getProject(ctx, ctx.params.project_id);
  const edit = editFields(ctx.body);
  if (edit.name !== undefined) assertProjectNameFree(ctx, edit.name, project.id);
  if (edit.name !== undefined) project.name = edit.name;
  if (edit.description !== undefined) project.description = edit.description;
  const admin = projectAdmin(ctx.store, project);
  if (admin && edit.mail !== undefined) admin.mail = edit.mail;
  if (admin && edit.phone !== undefined) admin.phone = edit.phone;
  project.updated_at = isoTime(ctx.now);
  return ok(renderProjectWritten(ctx.store, project));
}

/** PUT /projects/{id}: name, description and the tenant admin's contact data. */
export function projectEditRoutes(): RouteSpec[] {
  return [{
    method: 'PUT', paths: ['/janus/20180725/projects/{project_id}'], roles: ADMIN_ONLY,
    summary: 'edit a tenant (flat or {project:{…}} body)',
    handler: editProject,
  }];
}
