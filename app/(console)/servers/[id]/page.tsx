import { pageMetadata } from '@/lib/i18n/server';
import { ServerClient } from './server-client';

export const generateMetadata = () => pageMetadata('servers.detail.title');

/** One server. */
export default async function ServerPage({ params }: { params: Promise<{ id: string }> }) {
  return <ServerClient id={(await params).id} />;
}
