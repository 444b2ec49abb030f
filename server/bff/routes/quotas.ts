import 'server-only';
import { quotas } from '@/lib/scp';
import { projectFilter } from '../confine';
import { route, type RouteDeclaration } from '../declaration';

/** Quotas. */
export const quotaRoutes: RouteDeclaration[] = [
  // GET /api/quotas — quota rows with limits and use per AZ
  route('GET /api/quotas', quotas.list, { confine: projectFilter() }),
  // POST /api/quotas — set a tenant's quotas per AZ (platform admins)
  route('POST /api/quotas', quotas.set),
];
