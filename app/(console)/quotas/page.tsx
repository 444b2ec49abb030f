import { Suspense } from 'react';
import { QuotasPage as Quotas } from '@/components/quotas/quotas-page';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.quotas');

/** Quotas: a tenant's limits and use per AZ; the tenant is in the URL (hence Suspense for useSearchParams). */
export default function QuotasPage() {
  return <Suspense fallback={null}><Quotas /></Suspense>;
}
