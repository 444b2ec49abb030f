import 'server-only';
import type { ConsoleRole } from '@/lib/scp';

export type { ConsoleRole };

/** The roles the console knows: platform admin, tenant admin, sub-account (SCP role types). */
export const CONSOLE_ROLES = ['admin', 'tenant', 'member'] as const satisfies readonly ConsoleRole[];

/** Least privileged first: a user holding several roles gets the weakest. */
const PRIVILEGE: Record<ConsoleRole, number> = { member: 0, tenant: 1, admin: 2 };

/** SCP role type → console role; custom_admin, custom_tenant, msp and anything else are not supported yet. */
export function consoleRole(scpRole: string): ConsoleRole | undefined {
  return (CONSOLE_ROLES as readonly string[]).includes(scpRole) ? (scpRole as ConsoleRole) : undefined;
}

/**
 * The console role for the SCP roles of one user. Any role the console does not
 * understand refuses the whole sign-in (least privilege): it could carry rights
 * or limits the console cannot enforce.
 */
export function roleFromScp(roles: readonly string[]): { role: ConsoleRole } | { unsupported: string[] } {
  const unsupported = roles.filter((r) => consoleRole(r) === undefined);
  if (unsupported.length > 0 || roles.length === 0) return { unsupported: roles.length === 0 ? ['(none)'] : unsupported };
  const known = roles.map((r) => consoleRole(r)!);
  return { role: known.reduce((a, b) => (PRIVILEGE[b] < PRIVILEGE[a] ? b : a)) };
}

/** The message shown when SCP (or a console account) names a role the console does not support. */
export function unsupportedRoleMessage(roles: readonly string[]): string {
  return `The console does not support the SCP role ${roles.join(', ')} yet; sign in as a platform admin, tenant admin or sub-account user`;
}
