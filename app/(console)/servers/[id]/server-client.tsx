'use client';

import { ResourceDetail } from '@/components/resource/resource-detail';
import { serverDetail } from '@/lib/resources/servers/detail';
import { serverResource } from '@/lib/resources/servers/resource';

/** One server, as lib/resources/servers/detail.ts declares its page. */
export function ServerClient({ id }: { id: string }) {
  return <ResourceDetail resource={serverResource} detail={serverDetail} id={id} />;
}
