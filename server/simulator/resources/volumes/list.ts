import { ok, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { ADMIN_ONLY } from '../../state/roles';
import { getVolume } from './records';
import { renderVolume } from './render';

const SORTABLE = ['name', 'size', 'status', 'created_at', 'updated_at'];

/** GET /volumes and /volumes/{id}; shared disks are the platform admin's, tenants get 403 (catalog §4.12). */
export const volumeReadRoutes: RouteSpec[] = [
  {
    method: 'GET', paths: ['/janus/20180725/volumes'], roles: ADMIN_ONLY,
    summary: 'list volumes (shared disks)',
    handler: (ctx) => ok(listPage(ctx.store.volumes.values(), ctx.query, {
      filters: {
        name: contains('name'), volume_type: eq('volume_type'), status: eq('status'), user_id: eq('user_id'),
        project_id: eq('project_id'), az_id: eq('az_id'), storage_id: eq('storage_id'), target_id: eq('target_id'),
      },
      sortable: SORTABLE,
      render: renderVolume,
    })),
  },
  {
    method: 'GET', paths: ['/janus/20180725/volumes/{volume_id}'], roles: ADMIN_ONLY,
    summary: 'volume detail',
    handler: (ctx) => ok(renderVolume(getVolume(ctx.store, ctx.params.volume_id))),
  },
];
