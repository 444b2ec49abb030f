import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.floatingIps');

/** Floating IPs: a placeholder until the resource page lands. */
export default function FloatingIpsPage() {
  return <ComingSoon titleKey="nav.floatingIps" />;
}
