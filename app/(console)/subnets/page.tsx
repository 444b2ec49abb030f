import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.subnets');

/** Subnets: a placeholder until the resource page lands. */
export default function SubnetsPage() {
  return <ComingSoon titleKey="nav.subnets" />;
}
