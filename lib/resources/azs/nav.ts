import { ADMIN } from '@/lib/scp';
import type { NavEntry } from '../core/types';

/** The resource pools (AZs) page in the navigation, for platform admins. */
export const resourcePoolsNav: NavEntry = { id: 'resource-pools', path: '/resource-pools', labelKey: 'nav.resourcePools', roles: ADMIN, order: 71, section: 'platform' };
