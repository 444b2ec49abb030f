import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.quotas');

/** Quotas: a placeholder until the resource page lands. */
export default function QuotasPage() {
  return <ComingSoon titleKey="nav.quotas" />;
}
