import { Suspense } from 'react';
import { pageMetadata } from '@/lib/i18n/server';
import { ImagesClient } from './images-client';

export const generateMetadata = () => pageMetadata('nav.images');

/** Images: the list view of lib/resources/images/resource.ts, its state in the URL (hence Suspense for useSearchParams). */
export default function ImagesPage() {
  return (
    <Suspense fallback={null}>
      <ImagesClient />
    </Suspense>
  );
}
