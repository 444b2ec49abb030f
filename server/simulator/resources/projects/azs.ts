import { z } from 'zod';
import { badRequest, notFound, ScpError } from '../../errors';
import { created, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_ONLY } from '../../state/roles';
import { startTask } from '../../tasks/start';
import { addQuotaRecords, dropQuotaRecords } from '../quotas/records';
import { getProject } from './access';
import { remainingResources } from './remaining';

const AssociateSchema = z.object({
  azs: z.array(z.object({ az_id: z.string().optional(), dh_id: z.string().optional() })).min(1, 'must name at least one AZ'),
});

/** Checks each entry names an existing AZ; dedicated host groups do not exist in the simulator. */
function requestedAzIds(ctx: RequestContext): string[] {
  const { azs } = parseBody(AssociateSchema, ctx.body);
  return azs.map((a, i) => {
    if (a.dh_id) throw badRequest(`azs.${i}.dh_id: dedicated host group ${a.dh_id} does not exist (the AZs here have none); send az_id only`);
    if (!a.az_id) throw badRequest(`azs.${i}.az_id is required`);
    if (!ctx.store.azs.has(a.az_id)) throw badRequest(`azs.${i}.az_id: AZ ${a.az_id} does not exist`);
    return a.az_id;
  });
}

/** POST: the AZs join the tenant when the task finishes (AZs already associated stay as they are). */
function associate(ctx: RequestContext) {
  const project = getProject(ctx, ctx.params.project_id);
  const azIds = requestedAzIds(ctx);
  const task = startTask(ctx, {
    action: '租户关联资源池', objectType: '租户', objectId: project.id, objectName: project.name, azId: azIds[0], projectId: project.id,
    onFinish: () => {
      if (ctx.store.projects.get(project.id) !== project) throw new ScpError(404, `tenant ${project.name} was deleted before its AZs were associated`);
      for (const id of azIds) {
        if (project.az_ids.includes(id)) continue;
        project.az_ids.push(id);
        // A newly associated AZ brings the tenant's quota records there, at 0 until the admin sets them.
        addQuotaRecords(ctx.store, project, id);
      }
    },
  });
  return created({ task_id: task.id });
}

/** DELETE: refused while the tenant has resources in the AZ; its quota records there go with it. */
function unassociate(ctx: RequestContext) {
  const { store } = ctx;
  const project = getProject(ctx, ctx.params.project_id);
  const azId = ctx.params.az_id;
  const az = store.azs.get(azId);
  if (!az) throw notFound('AZ (resource pool)', azId);
  if (!project.az_ids.includes(azId)) throw badRequest(`AZ ${az.name} is not associated with tenant ${project.name}`);
  const left = remainingResources(store, project.id, azId);
  if (left.length) throw badRequest(`tenant ${project.name} still has ${left.join(', ')} in AZ ${az.name}; delete them first`);
  project.az_ids = project.az_ids.filter((id) => id !== azId);
  dropQuotaRecords(store, project.id, azId);
  return { status: 204 };
}

/** Tenant ↔ AZ association (catalog §4.4). */
export function projectAzRoutes(): RouteSpec[] {
  return [
    {
      method: 'POST', paths: ['/janus/20180725/projects/{project_id}/azs'], roles: ADMIN_ONLY,
      summary: 'associate AZs with a tenant (async task)',
      handler: associate,
    },
    {
      method: 'DELETE', paths: ['/janus/20180725/projects/{project_id}/azs/{az_id}'], roles: ADMIN_ONLY,
      summary: 'dissociate an AZ from a tenant (refused while it has resources there)',
      handler: unassociate,
    },
  ];
}
