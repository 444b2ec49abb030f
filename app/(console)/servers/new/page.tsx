import { ServerWizard } from '@/components/servers/create/server-wizard';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('servers.create.title');

/** Create servers: the wizard (components/servers/create). */
export default function NewServerPage() {
  return <ServerWizard />;
}
