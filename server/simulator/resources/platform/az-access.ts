import { notFound } from '../../errors';
import type { RequestContext } from '../../http/context';
import { isAdmin } from '../../state/scope';
import type { Az } from '../../state/types';

/** AZs the caller may see: every AZ for admins, the AZs associated with its project for tenants (catalog §4.3). */
export function visibleAzs(ctx: RequestContext): Az[] {
  const all = [...ctx.store.azs.values()];
  if (isAdmin(ctx.principal)) return all;
  const associated = new Set(ctx.store.projects.get(ctx.principal.projectId)?.az_ids ?? []);
  return all.filter((az) => associated.has(az.id));
}

/** The AZ, or 404 when it does not exist or (for tenants) is not associated with the caller's project. */
export function getVisibleAz(ctx: RequestContext, azId: string): Az {
  const az = visibleAzs(ctx).find((a) => a.id === azId);
  if (!az) throw notFound('AZ (resource pool)', azId);
  return az;
}
