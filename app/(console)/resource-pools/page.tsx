import { CardListPage } from '@/components/resource/card-list-page';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.resourcePools');

/** Resource pools (platform admins): capacity and use of each AZ, as lib/resources/azs/pools declares them. */
export default function ResourcePoolsPage() {
  return <CardListPage segment="resource-pools" />;
}
