import { pageMetadata } from '@/lib/i18n/server';
import { PoolsClient } from './pools-client';

export const generateMetadata = () => pageMetadata('nav.resourcePools');

/** Resource pools (platform admins): capacity and use of each AZ. */
export default function ResourcePoolsPage() {
  return <PoolsClient />;
}
