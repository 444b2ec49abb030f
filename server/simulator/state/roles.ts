/** Role types of SCP's `role_type` enum that the simulator models (catalog §3). */
export type RoleType = 'admin' | 'tenant' | 'member';

/** Who may call a route: every role, or only some. */
export const ALL_ROLES: RoleType[] = ['admin', 'tenant', 'member'];
export const ADMIN_ONLY: RoleType[] = ['admin'];
export const ADMIN_AND_TENANT: RoleType[] = ['admin', 'tenant'];
