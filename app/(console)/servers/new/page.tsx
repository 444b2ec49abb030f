import { pageMetadata } from '@/lib/i18n/server';
import { ServerWizardClient } from './wizard-client';

export const generateMetadata = () => pageMetadata('servers.create.title');

/** Create servers: the wizard declared in lib/resources/servers/wizard.ts. */
export default function NewServerPage() {
  return <ServerWizardClient />;
}
