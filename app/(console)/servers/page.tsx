import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.servers');

/** Servers: a placeholder until the resource page lands. */
export default function ServersPage() {
  return <ComingSoon titleKey="nav.servers" />;
}
