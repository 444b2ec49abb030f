'use client';

import { useState } from 'react';
import { ActionButton } from '@/components/resource/action-button';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { networkRoleVerdict } from '@/lib/resources/vpcs/actions';
import { VpcCreateDialog } from './vpc-create-dialog';

/** The VPC list's "create" entry point; disabled, saying why, for roles that cannot create. */
export function VpcCreateButton() {
  const t = useT();
  const session = useSessionUser();
  const [open, setOpen] = useState(false);
  const verdict = networkRoleVerdict(session);
  return (
    <>
      <ActionButton verdict={verdict} className="button-primary h-9" onClick={() => setOpen(true)}>
        {t('vpcs.create.button')}
      </ActionButton>
      {open && <VpcCreateDialog onClose={() => setOpen(false)} />}
    </>
  );
}
