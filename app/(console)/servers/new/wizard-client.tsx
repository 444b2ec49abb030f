'use client';

import { CreateWizardPage } from '@/components/resource/create-wizard';
import { serverResource } from '@/lib/resources/servers/resource';
import { serverWizard } from '@/lib/resources/servers/wizard';

/** The create-server wizard, as the server declaration declares it. */
export function ServerWizardClient() {
  return <CreateWizardPage wizard={serverWizard} resource={serverResource} />;
}
