import 'server-only';
import { azs, hosts, overview, projects, storageTags, users } from '@/lib/scp';
import { keepItems, NO_TENANT_DATA, projectFilter, type Confinement } from '../confine';
import { route, type RouteDeclaration } from '../declaration';

/** A confined user sees the AZs their project is associated with. */
const PROJECT_AZS: Confinement = {
  list: async (c) => {
    const project = await c.read(projects.detail, { params: { project_id: c.projectId } });
    const ids = new Set(project.azs.map((a) => a.az_id));
    return { keep: (az) => ids.has(az.id as string) };
  },
};

/** Resource pools, storage tags, hosts, overview and users. */
export const platformRoutes: RouteDeclaration[] = [
  // GET /api/azs — resource pools (confined users: their project's)
  route('GET /api/azs', azs.list, { confine: PROJECT_AZS }),
  // GET /api/azs/:az_id — resource pool with its capacity (platform admins)
  route('GET /api/azs/:az_id', azs.detail),
  // GET /api/storages/tags — storage tags of an AZ with the project's quota and use
  route('GET /api/storages/tags', storageTags.list, { confine: projectFilter() }),
  // GET /api/hosts — physical hosts with CPU and memory use
  route('GET /api/hosts', hosts.list, { confine: NO_TENANT_DATA }),
  // GET /api/overview — platform overview (platform admins)
  route('GET /api/overview', overview.get),
  // GET /api/users — users (SCP has no project filter, so confined lists are scanned)
  route('GET /api/users', users.list, { confine: keepItems((u, c) => u.project_id === c.projectId) }),
];
