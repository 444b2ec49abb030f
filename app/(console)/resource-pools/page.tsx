import { pageMetadata } from '@/lib/i18n/server';
import { PoolsClient } from './pools-client';

export const generateMetadata = () => pageMetadata('nav.resourcePools');

/** Resource pools (platform admins): capacity and use of each AZ, as lib/resources/azs/pools declares them. */
export default function ResourcePoolsPage() {
  return <PoolsClient />;
}
