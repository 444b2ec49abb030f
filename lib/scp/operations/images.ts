import { z } from 'zod';
import { ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { NoContentSchema, TaskStartedSchema, commaList } from '../schemas/common';
import { Hex32, Uuid } from '../schemas/ids';
import { ImageCreatedSchema, ImageCreateSchema, ImageEditSchema, ImageSchema } from '../schemas/image';
import { listQuery } from '../schemas/list-page';

const imagePath = '/images/{image_id}';

/** Images, catalog §4.9. Create makes the record; upload sends the content and starts the distribution. */
export const images = {
  list: scpListOperation({
    console: 'GET /api/images',
    name: 'images.list', summary: 'images (tenants: public and their own private ones)', version: '20180725', path: '/images', roles: ADMIN_TENANT,
    item: ImageSchema, drift: 'image',
    query: listQuery({
      name: z.string().max(100).optional(),
      image_type: z.enum(['private', 'public', 'service', 'vnetdev', 'app-center']).optional(),
      status: z.enum(['active', 'deactivated', 'saving', 'error']).optional(),
      os_type: z.string().max(64).optional(),
      disk_format: z.enum(['ISO', 'aCloud', 'vmware']).optional(),
      az_id: Uuid.optional(),
      owner_id: Hex32.optional(),
      image_ids: commaList(Uuid).optional(),
    }),
  }),
  create: scpOperation({
    console: 'POST /api/images',
    name: 'images.create', summary: 'create an image record', method: 'POST', version: '20180725', path: '/images', roles: ADMIN_TENANT,
    body: ImageCreateSchema, response: ImageCreatedSchema, task: true,
  }),
  upload: scpOperation({
    console: 'PUT /api/images/:image_id/upload',
    name: 'images.upload', summary: 'upload the image file (streamed), then distribute it to its AZs', method: 'PUT', version: '20180725',
    path: `${imagePath}/upload`, roles: ADMIN_TENANT, response: TaskStartedSchema, task: true,
  }),
  edit: scpOperation({
    console: 'PUT /api/images/:image_id',
    name: 'images.edit', summary: 'edit an image (name, description, OS type, AZs)', method: 'PUT', version: '20180725', path: imagePath, roles: ADMIN_TENANT,
    body: ImageEditSchema, response: TaskStartedSchema, task: true,
  }),
  // The catalog prints DELETE /janus/v20180725/images/{id} (stray "v", §9.2); the regular path is used.
  delete: scpOperation({ console: 'DELETE /api/images/:image_id', name: 'images.delete', summary: 'delete an image', method: 'DELETE', version: '20180725', path: imagePath, roles: ADMIN_TENANT, response: NoContentSchema }),
};
