import { ADMIN_TENANT } from '@/lib/scp';
import type { NavEntry } from '../core/types';

/** The quotas page in the navigation (quotas are no object a task acts on). */
export const quotasNav: NavEntry = { id: 'quotas', path: '/quotas', labelKey: 'nav.quotas', roles: ADMIN_TENANT, order: 40 };
