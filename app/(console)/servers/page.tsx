import { Suspense } from 'react';
import { pageMetadata } from '@/lib/i18n/server';
import { ServersClient } from './servers-client';

export const generateMetadata = () => pageMetadata('nav.servers');

/** Servers: the list view of lib/resources/servers/resource.ts, its state in the URL (hence Suspense for useSearchParams). */
export default function ServersPage() {
  return (
    <Suspense fallback={null}>
      <ServersClient />
    </Suspense>
  );
}
