import { Suspense } from 'react';
import { pageMetadata } from '@/lib/i18n/server';
import { TenantsClient } from './tenants-client';

export const generateMetadata = () => pageMetadata('nav.tenants');

/** Tenants (platform admins): the list view of lib/resources/projects/resource.ts, its state in the URL (hence Suspense). */
export default function TenantsPage() {
  return (
    <Suspense fallback={null}>
      <TenantsClient />
    </Suspense>
  );
}
