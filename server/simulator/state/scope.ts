import { forbidden, notFound } from '../errors';
import type { RoleType } from './roles';

/** What visibility depends on: the caller's role and own project (an authenticated principal has both). */
export interface Caller {
  roleType: RoleType;
  projectId: string;
}

/** Platform admins see everything (catalog §3). */
export const isAdmin = (p: Caller) => p.roleType === 'admin';

/** Tenants and sub-accounts see only their own project's resources. */
export function canSee(p: Caller, item: { project_id: string }): boolean {
  return isAdmin(p) || item.project_id === p.projectId;
}

/** The items this caller may see. */
export function visibleTo<T extends { project_id: string }>(p: Caller, items: Iterable<T>): T[] {
  const all = [...items];
  return isAdmin(p) ? all : all.filter((i) => i.project_id === p.projectId);
}

/** The item, or 404 when it is missing or another tenant's (SCP does not reveal that it exists). */
export function getVisible<T extends { project_id: string }>(p: Caller, map: Map<string, T>, id: string, kind: string): T {
  const item = map.get(id);
  if (!item || !canSee(p, item)) throw notFound(kind, id);
  return item;
}

/** The project a create acts for: a tenant's own, or (admins) the one named in the body. */
export function actingProject(p: Caller, requested: unknown): string {
  if (isAdmin(p)) return typeof requested === 'string' && requested ? requested : p.projectId;
  if (typeof requested === 'string' && requested && requested !== p.projectId) {
    throw forbidden(`a tenant may only act on its own project (${p.projectId}), not ${requested}`);
  }
  return p.projectId;
}
