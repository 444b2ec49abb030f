import { Suspense } from 'react';
import { ServerDetail } from '@/components/servers/server-detail';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('servers.detail.title');

/** One server (its tab in `?tab=`, hence Suspense for useSearchParams). */
export default async function ServerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={null}>
      <ServerDetail id={id} />
    </Suspense>
  );
}
