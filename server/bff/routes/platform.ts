import 'server-only';
import { projects } from '@/lib/scp';
import { keepItems, type Confinement } from '../confine';

/** A confined user sees the AZs their project is associated with. */
export const PROJECT_AZ_LIST: Confinement = {
  list: async (c) => {
    const project = await c.read(projects.detail, { params: { project_id: c.projectId } });
    const ids = new Set(project.azs.map((a) => a.az_id));
    return { keep: (az) => ids.has(az.id as string) };
  },
};

/** Users of the user's project (SCP has no project filter, so confined lists are scanned). */
export const PROJECT_USERS: Confinement = keepItems((u, c) => u.project_id === c.projectId);
