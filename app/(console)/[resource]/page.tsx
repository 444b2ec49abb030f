import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ResourceListPage } from '@/components/resource/resource-view';
import { pageMetadata } from '@/lib/i18n/server';
import { resourceView } from '@/lib/resources/views';

type Props = { params: Promise<{ resource: string }> };

export async function generateMetadata({ params }: Props) {
  const nav = resourceView((await params).resource)?.nav;
  return nav ? pageMetadata(nav.labelKey) : {};
}

/** The list of a generically rendered resource (lib/resources/views); its state is in the URL, hence Suspense. */
export default async function ResourcePage({ params }: Props) {
  const { resource } = await params;
  if (!resourceView(resource)?.nav) notFound();
  return <Suspense fallback={null}><ResourceListPage segment={resource} /></Suspense>;
}
