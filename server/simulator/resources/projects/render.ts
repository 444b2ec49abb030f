import type { Store } from '../../state/store';
import type { Project, User } from '../../state/types';

/** The tenant's AZs as lists and details show them (`dh_ids` empty: the simulated AZs have no dedicated host groups). */
export function renderProjectAzs(store: Store, p: Project) {
  return p.az_ids.flatMap((id) => {
    const az = store.azs.get(id);
    return az ? [{ az_id: az.id, type: az.type, az_name: az.name, az_tag: az.tag, dh_ids: [], arch_type: az.arch_type }] : [];
  });
}

/** The tenant admin account. */
export const projectAdmin = (store: Store, p: Project): User | undefined => store.users.get(p.admin_user_id);

/** `project_admin` contact fields (no password, ever). */
const adminContact = (admin: User | undefined) => ({
  user_name: admin?.name ?? '', user_id: admin?.id ?? '', mail: admin?.mail ?? '', phone: admin?.phone ?? '',
});

/** List item (catalog §4.4); `enabled` is an int here, unlike users. 20190725 adds `msp_id`. */
export function renderProjectItem(store: Store, p: Project, version: 2018 | 2019) {
  const item = {
    id: p.id, name: p.name, user_name: projectAdmin(store, p)?.name ?? '', enabled: p.enabled, role_type: p.role_type,
    azs: renderProjectAzs(store, p), dhs: [],
  };
  return version === 2019 ? { ...item, msp_id: p.parent_id } : item;
}

/** Detail: + parent, description and the tenant admin's contact data. */
export function renderProjectDetail(store: Store, p: Project) {
  return {
    id: p.id, name: p.name, enabled: p.enabled, role_type: p.role_type, parent_id: p.parent_id, description: p.description,
    auth_driver: 'local',
    project_admin: { ...adminContact(projectAdmin(store, p)), auth_driver: 'local' },
    azs: renderProjectAzs(store, p), dhs: [],
  };
}

/** What create and edit answer: `{project: {…}}`, never the password. */
export function renderProjectWritten(store: Store, p: Project) {
  return {
    project: {
      id: p.id, name: p.name, description: p.description, enabled: p.enabled, parent_id: p.parent_id, created_at: p.created_at,
      updated_at: p.updated_at, project_admin: adminContact(projectAdmin(store, p)),
    },
  };
}
