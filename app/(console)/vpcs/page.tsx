import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.vpcs');

/** VPCs: a placeholder until the resource page lands. */
export default function VpcsPage() {
  return <ComingSoon titleKey="nav.vpcs" />;
}
