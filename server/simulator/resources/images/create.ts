import { z } from 'zod';
import { forbidden, notFound } from '../../errors';
import { created, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { actingProject, isAdmin } from '../../state/scope';
import { PLATFORM_PROJECT_ID } from '../../state/store';
import { isoTime } from '../../state/time';
import type { Image } from '../../state/types';
import { startTask } from '../../tasks/start';
import { checkImageAzs } from './access';

/** Image fields shared by create and make-from-server (seed L24158, L24066). */
export const ImageTextFields = {
  description: z.string().max(100).default(''),
  os_type: z.string().max(64).default(''),
};

/** Edit and make-from-server accept `gpu_conf`; the simulator models no GPUs, so it is checked for shape only. */
export const GpuConf = z.object({}).passthrough().optional();

/**
 * The image types the create samples show (seed §4.13.7). Of table 4.13.1's five, app-center images
 * come from the app center: no create sample and no upload scenario names them.
 */
const CREATABLE_TYPES = ['private', 'public', 'service', 'vnetdev'] as const;
/** Service image types (seed table 4.13.7). */
const SERVICE_TYPES = ['cssp', 'dsp-db', 'dsp-dmp', 'cbsp', 'edr-mgr'] as const;

const CreateImageSchema = z.object({
  image_type: z.enum(CREATABLE_TYPES),
  service_type: z.enum(SERVICE_TYPES).optional(),
  service_tag: z.string().max(64).optional(),
  name: z.string().max(100).default(''),
  azs: z.array(z.string().min(1)).min(1),
  disk_format: z.enum(['ISO', 'aCloud']),
  owner_id: z.string().optional(),
  // §9.6: the private-image sample sends `owner`.
  owner: z.string().optional(),
  ...ImageTextFields,
});

/** The tenant a private image belongs to: a tenant's own project, or the one an admin names. */
function privateOwner(ctx: RequestContext, requested: string | undefined): string {
  const projectId = actingProject(ctx.principal, requested);
  if (projectId !== PLATFORM_PROJECT_ID && !ctx.store.projects.has(projectId)) throw notFound('project', projectId);
  return projectId;
}

/** A new image record in `saving`, before any content (upload or a server's disks) arrives. */
export function newImageRecord(ctx: RequestContext, fields: Pick<Image, 'name' | 'description' | 'os_type' | 'image_type' | 'disk_format' | 'owner_id' | 'project_id' | 'az_ids'> & Partial<Pick<Image, 'service_type' | 'service_tag'>>): Image {
  const img: Image = {
    ...fields, id: ctx.store.ids.uuid(), status: 'saving', visibility: fields.image_type === 'public' ? 'public' : 'private', size_mb: 0, virtual_size_mb: 0,
    disks: [], task_id: '', message: '', created_at: isoTime(ctx.now),
  };
  ctx.store.images.set(img.id, img);
  return img;
}

/** POST /images: the record only; the image becomes usable after PUT …/upload and its distribution. */
export const createImageRoute: RouteSpec = {
  method: 'POST', paths: ['/janus/20180725/images'], roles: ADMIN_AND_TENANT,
  summary: 'create an image record (status saving until uploaded)',
  handler: (ctx) => {
    const b = parseBody(CreateImageSchema, ctx.body);
    // The upload scenarios (seed §4.13.8.1): admins upload public, private, network-device and service images; tenants private ones.
    if (b.image_type !== 'private' && !isAdmin(ctx.principal)) {
      throw forbidden(`image_type: a tenant may only create private images; ${b.image_type} images are created by a platform admin`);
    }
    const projectId = b.image_type === 'private' ? privateOwner(ctx, b.owner_id ?? b.owner) : '';
    const img = newImageRecord(ctx, {
      name: b.name, description: b.description, os_type: b.os_type, image_type: b.image_type, disk_format: b.disk_format,
      ...(b.image_type === 'service' ? { service_type: b.service_type, service_tag: b.service_tag } : {}),
      owner_id: projectId || ctx.principal.projectId, project_id: projectId, az_ids: checkImageAzs(ctx.store, b.azs, projectId),
    });
    const task = startTask(ctx, {
      action: '创建镜像', objectType: '镜像', objectId: img.id, objectName: img.name, azId: img.az_ids[0],
      projectId: projectId || undefined,
      onFailure: (reason) => {
        // Once a distribution or an edit has taken over the image, its own task decides the state.
        if (img.task_id !== task.id) return;
        img.status = 'error';
        img.message = reason;
      },
    });
    img.task_id = task.id;
    return created({ task_id: task.id, id: img.id });
  },
};
