import { z } from 'zod';
import { badRequest, notFound } from '../../errors';
import { created, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { assertQuota } from '../../state/quota';
import { ADMIN_ONLY } from '../../state/roles';
import { PLATFORM_PROJECT_ID } from '../../state/store';
import { startBatchTask, startTask, type CallerTaskSpec } from '../../tasks/start';
import { addVolume, setVolumeStatus } from './records';
import { resolveVsStorage } from './storage';

/** SCP names no limit for `count`; this keeps one request from flooding the store. */
const MAX_COUNT = 100;

const CreateVolumeSchema = z.object({
  name: z.string().min(1).max(100),
  description: z.string().max(100).default(''),
  az_id: z.string().min(1),
  size: z.number().int().min(1).max(64512),
  volume_type: z.literal('sharedisk', { error: 'only sharedisk volumes can be created' }),
  project_id: z.string().optional(),
  storage_id: z.string().optional(),
  // §9.7: documented as a string; a number is accepted too.
  count: z.union([z.string().regex(/^\d+$/, 'must be a whole number'), z.number().int()])
    .transform(Number).pipe(z.number().int().min(1).max(MAX_COUNT)).default(1),
});

/** The tenant the disks are for: the one named (it must use the AZ), else the platform itself. */
function owningProject(ctx: RequestContext, projectId: string | undefined, azId: string): string {
  if (!projectId) return PLATFORM_PROJECT_ID;
  const project = ctx.store.projects.get(projectId);
  if (!project) throw notFound('project', projectId);
  if (!project.az_ids.includes(azId)) {
    throw badRequest(`project_id: tenant ${project.name} is not associated with AZ ${ctx.store.azs.get(azId)?.name ?? azId}`);
  }
  return projectId;
}

/**
 * POST /volumes: shared disks on VS storage, `creating` → `available`. The
 * answer carries only the task; the new id is its `entities.object_id` (one
 * sub-task per disk when `count` > 1).
 */
export const createVolumeRoute: RouteSpec = {
  method: 'POST', paths: ['/janus/20180725/volumes'], roles: ADMIN_ONLY,
  summary: 'create shared disks (volume_type sharedisk)',
  handler: (ctx) => {
    const b = parseBody(CreateVolumeSchema, ctx.body);
    if (!ctx.store.azs.has(b.az_id)) throw notFound('AZ', b.az_id);
    const projectId = owningProject(ctx, b.project_id, b.az_id);
    const storage = resolveVsStorage(ctx.store, b.az_id, b.storage_id);
    assertQuota(ctx.store, projectId, b.az_id, { storage: { [storage.storage_tag_id]: b.size * 1024 * b.count } });
    const specs: CallerTaskSpec[] = Array.from({ length: b.count }, () => {
      const v = addVolume(ctx.store, {
        name: b.name, description: b.description, size: b.size, userId: ctx.principal.user.id, projectId, storage, now: ctx.now,
      });
      return {
        action: '创建卷', objectType: '卷', objectId: v.id, objectName: v.name, azId: v.az_id, projectId,
        onFinish: () => setVolumeStatus(v, 'available', Date.now()),
        onFailure: () => setVolumeStatus(v, 'error', Date.now()),
      };
    });
    const task = specs.length === 1
      ? startTask(ctx, specs[0])
      : startBatchTask(ctx, { action: '创建卷', objectType: '卷', azId: b.az_id, projectId }, specs);
    return created({ task_id: task.id });
  },
};
