'use client';

import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { ActionButton } from '@/components/resource/action-button';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { networkRoleVerdict } from '@/lib/resources/vpcs/actions';
import { SubnetCreateDialog } from './subnet-create-dialog';

/** The subnet list's "create" entry point; the VPC the list is filtered by is chosen already. */
export function SubnetCreateButton() {
  const t = useT();
  const session = useSessionUser();
  const vpcId = useSearchParams().get('vpc_id') ?? undefined;
  const [open, setOpen] = useState(false);
  const verdict = networkRoleVerdict(session);
  return (
    <>
      <ActionButton verdict={verdict} className="button-primary h-9" onClick={() => setOpen(true)}>
        {t('subnets.create.button')}
      </ActionButton>
      {open && <SubnetCreateDialog initialVpcId={vpcId} onClose={() => setOpen(false)} />}
    </>
  );
}
