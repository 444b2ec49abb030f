import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.resourcePools');

/** Resource Pools: a placeholder until the resource page lands. */
export default function ResourcePoolsPage() {
  return <ComingSoon titleKey="nav.resourcePools" />;
}
