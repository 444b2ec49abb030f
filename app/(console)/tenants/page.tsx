import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.tenants');

/** Tenants: a placeholder until the resource page lands. */
export default function TenantsPage() {
  return <ComingSoon titleKey="nav.tenants" />;
}
