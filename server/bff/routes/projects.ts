import 'server-only';
import { keepItems, type Confinement } from '../confine';
import { notFound } from '../errors';

/** A confined user sees their own tenant only. */
export const OWN_PROJECTS: Confinement = keepItems((p, c) => p.id === c.projectId);

/** The tenant named by `:project_id` must be the user's. */
export const OWN_PROJECT_PARAM: Confinement = {
  before: async (c) => {
    if (c.params.project_id !== c.projectId) throw notFound(`project ${c.params.project_id}`);
  },
};
