import type { DraftError, DraftField, ServerDraft } from '@/lib/resources/servers/create';
import type { Image } from '@/lib/scp';
import type { WizardData } from './use-wizard-data';

/** What every wizard step gets: the draft, how to change it, its errors, and the data to choose from. */
export interface StepProps {
  draft: ServerDraft;
  update: (patch: Partial<ServerDraft>) => void;
  errors: Partial<Record<DraftField, DraftError>>;
  data: WizardData;
  asAdmin: boolean;
  /** The chosen image, once chosen and loaded. */
  image: Image | undefined;
}

/** Choices that depend on the AZ, cleared when it changes. */
export const AZ_DEPENDENT: Partial<ServerDraft> = { imageId: '', storageTagId: '', vpcId: '', subnetId: '', floatingIpId: '' };
