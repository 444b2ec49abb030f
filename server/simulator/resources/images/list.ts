import { ok, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { ADMIN_AND_TENANT } from '../../state/roles';
import type { Image } from '../../state/types';
import { canSeeImage } from './access';
import { renderImage, type ImageApiVersion } from './render';

const SORTABLE = ['name', 'status', 'image_type', 'os_type', 'disk_format', 'size_mb', 'virtual_size_mb', 'created_at'];

function listRoute(version: ImageApiVersion): RouteSpec {
  return {
    method: 'GET', paths: [`/janus/${version}/images`], roles: ADMIN_AND_TENANT,
    summary: version === '20200725' ? 'list images (with hci_param, disks pci_type)' : 'list images (public + own private for tenants)',
    handler: (ctx) => {
      const rows = [...ctx.store.images.values()].filter((img) => canSeeImage(ctx.principal, img));
      return ok(listPage(rows, ctx.query, {
        filters: {
          name: contains('name'), image_type: eq('image_type'), status: eq('status'), os_type: eq('os_type'),
          disk_format: eq('disk_format'), owner_id: eq('owner_id'), image_ids: eq('id'),
          az_id: (img: Image, value) => img.az_ids.includes(value),
        },
        sortable: SORTABLE,
        render: (img) => renderImage(ctx.store, img, version),
      }));
    },
  };
}

/** GET /images in both documented versions. There is no janus image detail: clients filter by `image_ids`. */
export const imageListRoutes: RouteSpec[] = [listRoute('20180725'), listRoute('20200725')];
