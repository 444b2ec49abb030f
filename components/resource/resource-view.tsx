'use client';

import { useT } from '@/lib/i18n/client';
import { resourceView } from '@/lib/resources/views';
import { ResourceDetail } from './resource-detail';
import { ResourceList } from './resource-list';

/** The list page of the resource at `/{segment}` (lib/resources/views), titled by its nav entry. */
export function ResourceListPage({ segment }: { segment: string }) {
  const t = useT();
  const resource = resourceView(segment)!;
  const title = t(resource.nav!.labelKey);
  return <ResourceList resource={resource} title={title} caption={resource.captionKey ? t(resource.captionKey) : title} />;
}

/** The detail page of one item of the resource at `/{segment}`. */
export function ResourceDetailPage({ segment, id }: { segment: string; id: string }) {
  const resource = resourceView(segment)!;
  return <ResourceDetail resource={resource} detail={resource.detail!} id={id} />;
}
