import { Suspense } from 'react';
import { pageMetadata } from '@/lib/i18n/server';
import { FloatingIpsClient } from './floating-ips-client';

export const generateMetadata = () => pageMetadata('nav.floatingIps');

/** Floating IPs: the list view of lib/resources/floating-ips/resource.ts, its state in the URL (hence Suspense for useSearchParams). */
export default function FloatingIpsPage() {
  return (
    <Suspense fallback={null}>
      <FloatingIpsClient />
    </Suspense>
  );
}
