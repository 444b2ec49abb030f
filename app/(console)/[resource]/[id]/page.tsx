import { notFound } from 'next/navigation';
import { ResourceDetailPage } from '@/components/resource/resource-view';
import { pageMetadata } from '@/lib/i18n/server';
import { resourceView } from '@/lib/resources/views';

type Props = { params: Promise<{ resource: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const nav = resourceView((await params).resource)?.nav;
  return nav ? pageMetadata(nav.labelKey) : {};
}

/** One item of a generically rendered resource that declares a detail page. */
export default async function ResourceItemPage({ params }: Props) {
  const { resource, id } = await params;
  if (!resourceView(resource)?.detail) notFound();
  return <ResourceDetailPage segment={resource} id={id} />;
}
