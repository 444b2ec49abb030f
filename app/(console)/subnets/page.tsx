import { Suspense } from 'react';
import { pageMetadata } from '@/lib/i18n/server';
import { SubnetsClient } from './subnets-client';

export const generateMetadata = () => pageMetadata('nav.subnets');

/** Subnets: the list view of lib/resources/subnets/resource.ts, its state (the VPC filter too) in the URL. */
export default function SubnetsPage() {
  return (
    <Suspense fallback={null}>
      <SubnetsClient />
    </Suspense>
  );
}
