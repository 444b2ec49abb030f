'use client';

import { ResourceDetail } from '@/components/resource/resource-detail';
import type { PageActionDialog } from '@/components/resource/resource-list';
import { ServerDisksDialog } from '@/components/servers/server-disks-dialog';
import { ServerNicsDialog } from '@/components/servers/server-nics-dialog';
import { serverDetail } from '@/lib/resources/servers/detail';
import type { ServerView } from '@/lib/resources/servers/overview';
import { serverResource } from '@/lib/resources/servers/resource';

/** The disk and NIC tables' buttons open the page's own dialogs (their `page` actions in lib/resources/servers/overview.ts). */
const actionDialogs: Record<string, PageActionDialog<ServerView>> = {
  disks: ({ item, close }) => <ServerDisksDialog server={item} onClose={close} />,
  nics: ({ item, close }) => <ServerNicsDialog server={item} onClose={close} />,
};

/** One server, as lib/resources/servers/detail.ts declares its page. */
export function ServerClient({ id }: { id: string }) {
  return <ResourceDetail resource={serverResource} detail={serverDetail} id={id} actionDialogs={actionDialogs} />;
}
