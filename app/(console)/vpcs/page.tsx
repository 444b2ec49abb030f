import { Suspense } from 'react';
import { pageMetadata } from '@/lib/i18n/server';
import { VpcsClient } from './vpcs-client';

export const generateMetadata = () => pageMetadata('nav.vpcs');

/** VPCs: the list view of lib/resources/vpcs/resource.ts, its state in the URL (hence Suspense for useSearchParams). */
export default function VpcsPage() {
  return (
    <Suspense fallback={null}>
      <VpcsClient />
    </Suspense>
  );
}
